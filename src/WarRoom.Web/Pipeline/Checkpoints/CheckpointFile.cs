using System.Buffers.Binary;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// One checkpoint on disk: the header, the body (the state walk: blocks as runs of zero and raw words, see
/// <see cref="CheckpointRuns"/>), then the body's length and a checksum of everything before it (<see cref="CheckpointChecksum"/>,
/// in a 16-byte field). A file is trusted only whole: a start
/// checks the length before and the hash on a second thread while it loads, and a file whose hash does not match is
/// refused after its load, which is then undone (decision 0023).
/// </summary>
public static partial class CheckpointFile
{
    private const int TrailerSize = 8 + 16;
    private const int BufferSize = 1 << 20;

    /// <summary>Writes header and body to <paramref name="path"/> (a temporary name), not yet flushed to disk.</summary>
    public static void Write(string path, CheckpointHeader header, Action<IStateChannel> walk)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        var channel = new SavingChannel(file);
        Span<byte> head = stackalloc byte[CheckpointHeader.Size];
        header.WriteTo(head);
        channel.Raw(head);
        walk(channel);
        Span<byte> trailer = stackalloc byte[TrailerSize];
        BinaryPrimitives.WriteInt64LittleEndian(trailer, channel.Written);
        BinaryPrimitives.WriteUInt128LittleEndian(trailer[8..], channel.Hash.Value);
        file.Write(trailer);
    }

    /// <summary>Makes a written file durable, then gives it its final name: a crash before leaves the old files as they were.</summary>
    public static void Commit(string temporary, string final)
    {
        using (var handle = File.OpenHandle(temporary, FileMode.Open, FileAccess.ReadWrite))
        {
            RandomAccess.FlushToDisk(handle);
        }

        File.Move(temporary, final, overwrite: true);
    }

    /// <summary>The header of a whole, intact file of this format; null with the reason otherwise.</summary>
    public static CheckpointHeader? Verify(string path, out string? problem)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var length = file.Length;
        Span<byte> head = stackalloc byte[CheckpointHeader.Size];
        if (!ReadHead(file, head, out problem) || CheckpointHeader.Read(head, out problem) is not { } header)
        {
            return null;
        }

        var hash = new CheckpointChecksum();
        hash.Append(head);
        var buffer = new byte[BufferSize];
        for (var left = length - TrailerSize - CheckpointHeader.Size; left > 0;)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            hash.Append(buffer.AsSpan(0, read));
            left -= read;
        }

        Span<byte> trailer = stackalloc byte[TrailerSize];
        file.ReadExactly(trailer);
        if (BinaryPrimitives.ReadInt64LittleEndian(trailer) != length - TrailerSize
            || BinaryPrimitives.ReadUInt128LittleEndian(trailer[8..]) != hash.Value)
        {
            problem = "its checksum does not match: torn or corrupt";
            return null;
        }

        return header;
    }

    /// <summary>
    /// The header of a file of this format whose trailer gives the body's full length (not cut short); null with the
    /// reason otherwise. Reads the header and trailer only: <see cref="Load"/> checks the checksum as it loads.
    /// </summary>
    public static CheckpointHeader? ReadHeader(string path, out string? problem)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var length = file.Length;
        Span<byte> head = stackalloc byte[CheckpointHeader.Size];
        if (!ReadHead(file, head, out problem))
        {
            return null;
        }

        Span<byte> trailer = stackalloc byte[TrailerSize];
        file.Seek(-TrailerSize, SeekOrigin.End);
        file.ReadExactly(trailer);
        if (BinaryPrimitives.ReadInt64LittleEndian(trailer) != length - TrailerSize)
        {
            problem = "its length does not match its trailer: torn or truncated";
            return null;
        }

        return CheckpointHeader.Read(head, out problem);
    }

    /// <summary>The header bytes of a file long enough to hold a header and a trailer; false with the reason otherwise.</summary>
    private static bool ReadHead(FileStream file, Span<byte> head, out string? problem)
    {
        if (file.Length < CheckpointHeader.Size + TrailerSize)
        {
            problem = $"{file.Length} bytes: truncated";
            return false;
        }

        file.ReadExactly(head);
        problem = null;
        return true;
    }
}
