using System.Buffers.Binary;
using System.Text;

namespace WarRoom.Core.Codes;

/// <summary>
/// Codes (unit, KPI) looked up by their UTF-8 bytes, ordinal like the string dictionaries beside it, so that a
/// parser can resolve a code straight from the request body without making it a string first. A code's first 16
/// bytes live in the slot itself, so a look-up of a typical code (M00123, deposit_new) touches one cache line.
/// </summary>
public sealed class Utf8CodeIndex<T>
    where T : class
{
    private const int InlineBytes = 16;

    private readonly Entry[] slots;
    private readonly int shift;

    public Utf8CodeIndex(IEnumerable<(string Code, T Value)> entries)
    {
        var list = entries.ToList();
        var bits = 4;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }

        slots = new Entry[1 << bits];
        shift = 64 - bits;
        foreach (var (code, value) in list)
        {
            var key = Encoding.UTF8.GetBytes(code);
            var (a, b) = Head(key);
            var slot = Slot(a, b, key.Length);
            while (slots[slot].Value is not null)
            {
                if (slots[slot].Matches(a, b, key))
                {
                    throw new ArgumentException($"code '{code}' appears twice", nameof(entries));
                }

                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = new Entry(a, b, key.Length, key.Length > InlineBytes ? key : null, value);
        }
    }

    public bool TryGet(ReadOnlySpan<byte> code, out T value)
    {
        var (a, b) = Head(code);
        for (var slot = Slot(a, b, code.Length); slots[slot].Value is { } found; slot = (slot + 1) & (slots.Length - 1))
        {
            if (slots[slot].Matches(a, b, code))
            {
                value = found;
                return true;
            }
        }

        value = null!;
        return false;
    }

    private static (ulong A, ulong B) Head(ReadOnlySpan<byte> code)
    {
        Span<byte> head = stackalloc byte[InlineBytes];
        head.Clear();
        code[..Math.Min(code.Length, InlineBytes)].CopyTo(head);
        return (BinaryPrimitives.ReadUInt64LittleEndian(head), BinaryPrimitives.ReadUInt64LittleEndian(head[8..]));
    }

    /// <summary>Multiplicative hashing of the head and length; the table holds only codes the bank itself defined.</summary>
    private int Slot(ulong a, ulong b, int length) =>
        (int)(((a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length) * 0x165667B19E3779F9UL >> shift);

    private readonly record struct Entry(ulong A, ulong B, int Length, byte[]? Long, T? Value)
    {
        public bool Matches(ulong a, ulong b, ReadOnlySpan<byte> code) =>
            A == a && B == b && Length == code.Length && (Long is null || Long.AsSpan().SequenceEqual(code));
    }
}
