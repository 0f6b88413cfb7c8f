using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// Reads a body from <paramref name="file"/> (positioned at its start) up to <paramref name="end"/> through its own
/// buffer, and hashes every byte once as it is read: the load is the checksum's pass too (decision 0023). Run
/// lengths are parsed from the buffer; long raw runs are read straight into the target array.
/// </summary>
internal sealed class LoadingChannel(Stream file, long end, XxHash128 hash) : IStateChannel
{
    private readonly byte[] buffer = new byte[1 << 20];
    private long read = file.Position;
    private int at;
    private int filled;

    public bool IsLoading => true;

    /// <summary>The file offset of the next byte the walk takes.</summary>
    public long Offset => read - (filled - at);

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        Bytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    public void Bytes(Span<byte> data)
    {
        // Raw runs are read straight into the target array; a zero run is a clear, no read at all.
        var words = CheckpointRuns.Words(data);
        for (var i = 0; i < words.Length;)
        {
            var zeros = Count(words.Length - i);
            words.Slice(i, zeros).Clear();
            i += zeros;
            if (i == words.Length)
            {
                break;
            }

            var raw = Count(words.Length - i);
            Raw(MemoryMarshal.AsBytes(words.Slice(i, raw)));
            i += raw;
        }

        Raw(data[(words.Length * 8)..]);
    }

    private int Count(int left)
    {
        long value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 35)
            {
                throw new InvalidDataException($"a bad run length at byte {Offset}");
            }

            if (at == filled)
            {
                Fill(buffer);
            }

            var b = buffer[at++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        return value <= left ? (int)value : throw new InvalidDataException($"a run of {value} words where {left} are left");
    }

    private void Raw(Span<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (at == filled)
            {
                if (data.Length >= buffer.Length)
                {
                    Read(data);
                    return;
                }

                Fill(buffer);
            }

            var take = Math.Min(data.Length, filled - at);
            buffer.AsSpan(at, take).CopyTo(data);
            at += take;
            data = data[take..];
        }
    }

    private void Fill(Span<byte> into)
    {
        var n = (int)Math.Min(into.Length, end - read);
        Read(into[..n]);
        at = 0;
        filled = n;
    }

    private void Read(Span<byte> into)
    {
        if (into.IsEmpty || read + into.Length > end)
        {
            throw new InvalidDataException("the state runs past the end of the file");
        }

        file.ReadExactly(into);
        hash.Append(into);
        read += into.Length;
    }
}
