using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// The checkpoint body's framing (format 2): every block as 8-byte words in alternating runs — a count of zero
/// words (LEB128), then a count of raw words and those words as they are — until the block is full; a block's last
/// bytes that do not fill a word follow raw. The day cells, last times and id slots are mostly zeros at national
/// scale, and format 1's 64 KB zero pages almost never were (decision 0023).
/// </summary>
internal static class CheckpointRuns
{
    public static Span<long> Words(Span<byte> data) => MemoryMarshal.Cast<byte, long>(data[..(data.Length & ~7)]);
}

internal sealed class SavingChannel(Stream file) : IStateChannel
{
    public XxHash128 Hash { get; } = new();

    public long Written { get; private set; }

    public bool IsLoading => false;

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Bytes(bytes);
        return value;
    }

    public void Bytes(Span<byte> data)
    {
        var words = CheckpointRuns.Words(data);
        for (var at = 0; at < words.Length;)
        {
            var zeros = words[at..].IndexOfAnyExcept(0L) is var z and >= 0 ? z : words.Length - at;
            Count(zeros);
            at += zeros;
            if (at == words.Length)
            {
                break;
            }

            var raw = words[at..].IndexOf(0L) is var r and >= 0 ? r : words.Length - at;
            Count(raw);
            Raw(MemoryMarshal.AsBytes(words.Slice(at, raw)));
            at += raw;
        }

        Raw(data[(words.Length * 8)..]);
    }

    /// <summary>Bytes as they are, outside the run framing (the header).</summary>
    public void Raw(ReadOnlySpan<byte> data)
    {
        file.Write(data);
        Hash.Append(data);
        Written += data.Length;
    }

    private void Count(long value)
    {
        Span<byte> bytes = stackalloc byte[10];
        var n = 0;
        for (; value >= 0x80; value >>= 7)
        {
            bytes[n++] = (byte)(value | 0x80);
        }

        bytes[n++] = (byte)value;
        Raw(bytes[..n]);
    }
}
