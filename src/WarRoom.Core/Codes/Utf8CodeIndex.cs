using System.Text;

namespace WarRoom.Core.Codes;

/// <summary>
/// Codes (unit, KPI) looked up by their UTF-8 bytes, ordinal like the string dictionaries beside it, so that a
/// parser can resolve a code straight from the request body without making it a string first.
/// </summary>
public sealed class Utf8CodeIndex<T>
    where T : class
{
    private readonly byte[]?[] keys;
    private readonly T?[] values;
    private readonly int mask;

    public Utf8CodeIndex(IEnumerable<(string Code, T Value)> entries)
    {
        var list = entries.ToList();
        var capacity = 16;
        while (capacity < list.Count * 2)
        {
            capacity *= 2;
        }

        keys = new byte[capacity][];
        values = new T[capacity];
        mask = capacity - 1;
        foreach (var (code, value) in list)
        {
            var key = Encoding.UTF8.GetBytes(code);
            var slot = Slot(key);
            while (keys[slot] is { } taken)
            {
                if (taken.AsSpan().SequenceEqual(key))
                {
                    throw new ArgumentException($"code '{code}' appears twice", nameof(entries));
                }

                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }
    }

    public bool TryGet(ReadOnlySpan<byte> code, out T value)
    {
        for (var slot = Slot(code); keys[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (key.AsSpan().SequenceEqual(code))
            {
                value = values[slot]!;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>FNV-1a: codes are a handful of bytes, and the table holds only codes the bank itself defined.</summary>
    private int Slot(ReadOnlySpan<byte> code)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in code)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (int)(hash ^ (hash >> 32)) & mask;
    }
}
