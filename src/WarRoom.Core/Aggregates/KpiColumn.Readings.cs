using System.Runtime.InteropServices;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// One own reading of a <c>latest</c> or <c>daily_average</c> KPI: the day's winner so far and the (ms into the day,
/// seq) that decide whether a later one replaces it. 24 bytes, blittable (checkpointed as raw blocks).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct OwnReading(long Value, long Seq, int Ms, int Day)
{
    /// <summary>Whether a reading at (<paramref name="ms"/>, <paramref name="seq"/>) the same day replaces this one.</summary>
    public bool LosesTo(int ms, long seq) => ms > Ms || (ms == Ms && seq > Seq);
}

/// <summary>
/// Each unit's own readings of one KPI, only on the days that have one, in day order. Kept dense (units × days ×
/// 24 bytes) they were 235 MB per KPI at 108,745 units and 90 days, written at start and mostly empty; here a unit
/// costs only what it booked (decision 0028). A row grows by doubling up to the campaign's day count.
/// </summary>
internal sealed class OwnReadings(int units, int days)
{
    private readonly OwnReading[]?[] rows = new OwnReading[units][];
    private readonly int[] counts = new int[units];

    /// <summary>Index of the unit's reading on <paramref name="day"/>, or the bitwise complement of where it would go.</summary>
    public int Find(int unit, int day)
    {
        var row = rows[unit];
        int lo = 0, hi = counts[unit] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var d = row![mid].Day;
            if (d == day)
            {
                return mid;
            }

            (lo, hi) = d < day ? (mid + 1, hi) : (lo, mid - 1);
        }

        return ~lo;
    }

    public OwnReading At(int unit, int index) => rows[unit]![index];

    public int Count(int unit) => counts[unit];

    /// <summary>The unit's last reading on or before <paramref name="day"/>, or null for none.</summary>
    public OwnReading? OnOrBefore(int unit, int day)
    {
        var i = Find(unit, day);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 ? rows[unit]![i] : null;
    }

    /// <summary>Replaces the reading at <paramref name="index"/> (from <see cref="Find"/>), or inserts it there; returns its index.</summary>
    public int Put(int unit, int index, in OwnReading reading)
    {
        if (index >= 0)
        {
            rows[unit]![index] = reading;
            return index;
        }

        index = ~index;
        var n = counts[unit];
        var row = rows[unit];
        if (row is null || row.Length == n)
        {
            var grown = new OwnReading[row is null ? 1 : Math.Min(days, row.Length * 2)];
            row?.AsSpan(0, n).CopyTo(grown);
            rows[unit] = row = grown;
        }

        row.AsSpan(index, n - index).CopyTo(row.AsSpan(index + 1));
        row[index] = reading;
        counts[unit] = n + 1;
        return index;
    }

    /// <summary>Saves or loads every unit's count, then the readings of the units that have any.</summary>
    public void Exchange(IStateChannel channel)
    {
        channel.Block<int>(counts);
        for (var u = 0; u < counts.Length; u++)
        {
            if (counts[u] is < 0 || counts[u] > days)
            {
                throw new InvalidDataException($"a saved unit with {counts[u]} readings over {days} days");
            }

            if (channel.IsLoading)
            {
                rows[u] = counts[u] == 0 ? null : new OwnReading[counts[u]];
            }

            if (counts[u] > 0)
            {
                channel.Block(rows[u].AsSpan(0, counts[u]));
            }
        }
    }
}
