using System.Buffers.Binary;
using System.IO.Hashing;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// One checkpoint on disk: the header, the body (the state walk: blocks as runs of zero and raw words, see
/// <see cref="CheckpointRuns"/>), then the body's length and an XxHash128 of everything before it. A file is trusted only whole: a start first checks
/// the length and the hash over the full file, so a torn, truncated or flipped file is refused before any of it is
/// loaded (decision 0023).
/// </summary>
public static class CheckpointFile
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
        BinaryPrimitives.WriteUInt128LittleEndian(trailer[8..], channel.Hash.GetCurrentHashAsUInt128());
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
        if (length < CheckpointHeader.Size + TrailerSize)
        {
            problem = $"{length} bytes: truncated";
            return null;
        }

        Span<byte> head = stackalloc byte[CheckpointHeader.Size];
        file.ReadExactly(head);
        if (CheckpointHeader.Read(head, out problem) is not { } header)
        {
            return null;
        }

        var hash = new XxHash128();
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
            || BinaryPrimitives.ReadUInt128LittleEndian(trailer[8..]) != hash.GetCurrentHashAsUInt128())
        {
            problem = "its checksum does not match: torn or corrupt";
            return null;
        }

        return header;
    }

    /// <summary>Loads the body of a file <see cref="Verify"/> accepted into the state <paramref name="walk"/> fills.</summary>
    public static void Load(string path, Action<IStateChannel> walk)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        file.Seek(CheckpointHeader.Size, SeekOrigin.Begin);
        var channel = new LoadingChannel(file, file.Length - TrailerSize);
        walk(channel);
        if (file.Position != file.Length - TrailerSize)
        {
            throw new InvalidDataException($"the state ended at byte {file.Position} of {file.Length - TrailerSize}");
        }
    }
}
