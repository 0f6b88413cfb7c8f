using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// The checkpoint body's framing (format 7): every block as 8-byte words in alternating runs — a run of one
/// repeated word, then a count of raw words and those words as they are — until the block is full; a block's last
/// bytes that do not fill a word follow raw. A repeated run is one LEB128 number, its length shifted left once with
/// the low bit set when its word follows (8 bytes) and clear for zeros, which need none. Zeros are the common run
/// (day cells, last times and id slots at national scale); a filled array of another word (format 4's "no reading"
/// times, 60 % of its file) costs a few bytes instead of its size (decision 0023).
/// </summary>
internal static class CheckpointRuns
{
    /// <summary>Shorter repeats stay in a raw run: a repeat costs its header and its word.</summary>
    public const int MinRepeat = 3;

    public static Span<long> Words(Span<byte> data) => MemoryMarshal.Cast<byte, long>(data[..(data.Length & ~7)]);

    /// <summary>How many words from the start of <paramref name="words"/> (not empty) repeat its first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Repeats(ReadOnlySpan<long> words) => words.IndexOfAnyExcept(words[0]) is var n and >= 0 ? n : words.Length;

    /// <summary>
    /// The length of the raw run at the start of <paramref name="words"/>: up to the first zero word or the first
    /// word that starts a repeat of <see cref="MinRepeat"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int RawLength(ReadOnlySpan<long> words)
    {
        var same = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w == 0)
            {
                return i;
            }

            same = i > 0 && w == words[i - 1] ? same + 1 : 1;
            if (same == MinRepeat)
            {
                return i - (MinRepeat - 1);
            }
        }

        return words.Length;
    }
}

internal sealed class SavingChannel(Stream file) : IStateChannel
{
    public CheckpointChecksum Hash { get; } = new();

    public long Written { get; private set; }

    public bool IsLoading => false;

    public long Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Bytes(bytes);
        return value;
    }

    /// <remarks>Fully optimised from its first call, as the load's (<see cref="LoadingChannel"/>): the writer holds still meanwhile.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Bytes(Span<byte> data)
    {
        var words = CheckpointRuns.Words(data);
        for (var at = 0; at < words.Length;)
        {
            var repeated = CheckpointRuns.Repeats(words[at..]);
            var word = words[at];
            if (repeated < CheckpointRuns.MinRepeat && word != 0)
            {
                repeated = 0;
            }

            Count(((long)repeated << 1) | (repeated > 0 && word != 0 ? 1L : 0L));
            if (repeated > 0 && word != 0)
            {
                Raw(MemoryMarshal.AsBytes(words.Slice(at, 1)));
            }

            at += repeated;
            if (at == words.Length)
            {
                break;
            }

            var raw = CheckpointRuns.RawLength(words[at..]);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
