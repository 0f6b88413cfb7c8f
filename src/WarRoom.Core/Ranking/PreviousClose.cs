namespace WarRoom.Core.Ranking;

/// <summary>
/// One cached ranking as of the previous day's close: each candidate's key by position in the level's run, and all
/// keys sorted. A unit's competition rank is 1 + the number of smaller keys (a binary search), so ties need no
/// bookkeeping, and re-keying one unit after a late event is a single array move rather than a new sort; many are
/// merged in one pass. Callers hold <see cref="Gate"/>: concurrent readers share an entry.
/// </summary>
internal sealed class PreviousClose(long validThrough, long[] keyByPosition, long[] sorted)
{
    private long[] sorted = sorted;

    public object Gate { get; } = new();

    /// <summary>The aggregates' version whose events on days up to the close are all reflected.</summary>
    public long ValidThrough { get; set; } = validThrough;

    public int RankAt(int position) => 1 + LowerBound(sorted, keyByPosition[position]);

    public void Rekey(int position, long key)
    {
        var old = keyByPosition[position];
        if (old == key)
        {
            return;
        }

        keyByPosition[position] = key;
        var from = LowerBound(sorted, old);
        var to = LowerBound(sorted, key);
        if (to > from)
        {
            Array.Copy(sorted, from + 1, sorted, from, to - 1 - from);
            sorted[to - 1] = key;
        }
        else
        {
            Array.Copy(sorted, to, sorted, to + 1, from - to);
            sorted[to] = key;
        }
    }

    /// <summary>
    /// Re-keys many units at once: their old keys leave the sorted keys and the new ones are merged in, one pass over
    /// the keys (O(n + k log k)) where k moves of up to n keys each, or a new sort of n, cost more. At 100,000 managers
    /// the thousands of late bookings of a minute were a new sort on the next ranking (~5 ms).
    /// </summary>
    public void Rekey(List<int> positions, long[] keys)
    {
        var removed = new long[positions.Count];
        for (var i = 0; i < removed.Length; i++)
        {
            removed[i] = keyByPosition[positions[i]];
            keyByPosition[positions[i]] = keys[i];
        }

        Array.Sort(removed);
        var added = (long[])keys.Clone();
        Array.Sort(added);
        var merged = new long[sorted.Length];
        int s = 0, r = 0, a = 0, m = 0;
        while (s < sorted.Length)
        {
            // The removed keys are among the sorted ones (a multiset), both ascending: each is met where it stands.
            if (r < removed.Length && sorted[s] == removed[r])
            {
                s++;
                r++;
            }
            else
            {
                merged[m++] = a < added.Length && added[a] < sorted[s] ? added[a++] : sorted[s++];
            }
        }

        added.AsSpan(a).CopyTo(merged.AsSpan(m));
        sorted = merged;
    }

    /// <summary>The first index whose key is not smaller than <paramref name="key"/>.</summary>
    private static int LowerBound(long[] keys, long key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
