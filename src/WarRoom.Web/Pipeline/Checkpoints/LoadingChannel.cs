using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// Reads a body from <paramref name="file"/> (positioned at its start) up to <paramref name="end"/> through its own
/// buffer. Run headers are parsed from the buffer; long raw runs are read straight into the target array. The
/// checksum is not its work: <see cref="CheckpointFile.Load"/> checks it on another thread (decision 0023).
/// A 50 M file is tens of millions of runs, and a start's code is otherwise tier-0 JIT code for its whole length
/// (tier-1 promotion waits while the start keeps compiling new methods): the per-run methods are compiled fully
/// optimised from their first call, and a run header is parsed straight from the buffer when it is all there.
/// </summary>
internal sealed class LoadingChannel(Stream file, long end) : IStateChannel
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Bytes(Span<byte> data)
    {
        // Raw runs are read straight into the target array; a repeated run is a fill (zeros: a clear), one word read.
        var words = CheckpointRuns.Words(data);
        for (var i = 0; i < words.Length;)
        {
            var header = Count(((long)(words.Length - i) << 1) | 1);
            var repeated = (int)(header >> 1);
            if ((header & 1) == 0)
            {
                words.Slice(i, repeated).Clear();
            }
            else if (repeated == 0)
            {
                throw new InvalidDataException($"an empty run with a word at byte {Offset}");
            }
            else
            {
                Raw(MemoryMarshal.AsBytes(words.Slice(i, 1)));
                words.Slice(i + 1, repeated - 1).Fill(words[i]);
            }

            i += repeated;
            if (i == words.Length)
            {
                break;
            }

            var raw = (int)Count(words.Length - i);
            Raw(MemoryMarshal.AsBytes(words.Slice(i, raw)));
            i += raw;
        }

        Raw(data[(words.Length * 8)..]);
    }

    /// <summary>A LEB128 number of at most <paramref name="limit"/>: a run cannot be longer than what is left of its block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Count(long limit)
    {
        // Most headers are one or two bytes: read them with no refill check when the longest legal one is buffered.
        if (filled - at >= 6)
        {
            var first = buffer[at];
            if (first < 0x80)
            {
                at++;
                return first <= limit ? first : throw new InvalidDataException($"a run header of {first} where {limit} words are left");
            }

            var second = buffer[at + 1];
            if (second < 0x80)
            {
                at += 2;
                var two = (first & 0x7FL) | ((long)second << 7);
                return two <= limit ? two : throw new InvalidDataException($"a run header of {two} where {limit} words are left");
            }
        }

        return SlowCount(limit);
    }

    private long SlowCount(long limit)
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

        return value <= limit ? value : throw new InvalidDataException($"a run header of {value} where {limit} words are left");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        read += into.Length;
    }
}
