using WarRoom.Core.Dimensions;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// What was booked per dimension value on the two latest days and in the two latest weeks that saw a tagged event,
/// rolled up per unit: today's and this week's breakdowns in O(values), at four arrays per KPI × value instead of
/// one per campaign day (decision 0020). Two of each, not one, because ingest takes events up to 5 minutes ahead
/// of the clock: after 23:55 tomorrow may begin while today is still asked for. A slot moves to a newer day (or
/// week) on its first event, cleared; an older day's event skips it. Written under the aggregates' write lock.
/// </summary>
internal sealed class RecentTagTotals(int kpis, DimensionCatalog dimensions, int units)
{
    private readonly Ring day = new(kpis, dimensions, units);
    private readonly Ring week = new(kpis, dimensions, units);

    /// <summary>Adds <paramref name="delta"/> for every tag of the event to its day's and week's slots, up the tree.</summary>
    public void Book(int kpi, ulong tags, int dayKey, int weekKey, long delta, int unit, int[] parent)
    {
        day.Book(kpi, tags, dayKey, delta, unit, parent);
        week.Book(kpi, tags, weekKey, delta, unit, parent);
    }

    /// <summary>Day <paramref name="dayKey"/>'s total for one value, or false when that day is no longer kept.</summary>
    public bool TryDay(int unit, int kpi, int dimension, int value, int dayKey, out long total) =>
        day.TryRead(unit, kpi, dimension, value, dayKey, out total);

    /// <summary>Week <paramref name="weekKey"/>'s total for one value (every day of it booked so far), or false when no longer kept.</summary>
    public bool TryWeek(int unit, int kpi, int dimension, int value, int weekKey, out long total) =>
        week.TryRead(unit, kpi, dimension, value, weekKey, out total);

    public long Bytes => day.Bytes + week.Bytes;

    public void Exchange(IStateChannel channel)
    {
        day.Exchange(channel);
        week.Exchange(channel);
    }

    /// <summary>Two slots, for keys of either parity; each holds [kpi][dimension][value] → rolled-up total per unit.</summary>
    private sealed class Ring(int kpis, DimensionCatalog dimensions, int units)
    {
        private readonly int[] stamp = [-1, -1];
        private readonly long[]?[][][][] cells = [.. Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, kpis)
            .Select(_ => dimensions.All.Select(d => new long[]?[d.Values.Count]).ToArray()).ToArray())];

        public long Bytes => cells.Sum(s => s.Sum(k => k.Sum(d => d.Sum(v => (long)(v?.Length ?? 0) * sizeof(long)))));

        public void Book(int kpi, ulong tags, int key, long delta, int unit, int[] parent)
        {
            var s = key & 1;
            if (stamp[s] > key)
            {
                return;
            }

            if (stamp[s] < key)
            {
                foreach (var cell in cells[s].SelectMany(k => k).SelectMany(d => d))
                {
                    if (cell is not null)
                    {
                        Array.Clear(cell);
                    }
                }

                stamp[s] = key;
            }

            var byDimension = cells[s][kpi];
            for (var d = 0; d < byDimension.Length; d++)
            {
                var v = EventTags.ValueOf(tags, d);
                if ((uint)v < (uint)byDimension[d].Length)
                {
                    var totals = byDimension[d][v] ??= new long[units];
                    for (var u = unit; u >= 0; u = parent[u])
                    {
                        totals[u] += delta;
                    }
                }
            }
        }

        /// <summary>A slot stamped later than <paramref name="key"/> replaced it; one stamped earlier means nothing tagged yet.</summary>
        public bool TryRead(int unit, int kpi, int dimension, int value, int key, out long total)
        {
            var s = key & 1;
            total = stamp[s] == key ? cells[s][kpi][dimension][value]?[unit] ?? 0 : 0;
            return stamp[s] <= key;
        }

        /// <summary>The stamps, then per cell a flag and the array where one was allocated (as the campaign totals).</summary>
        public void Exchange(IStateChannel channel)
        {
            for (var s = 0; s < 2; s++)
            {
                stamp[s] = (int)channel.Number(stamp[s]);
                foreach (var byValue in cells[s].SelectMany(k => k))
                {
                    for (var v = 0; v < byValue.Length; v++)
                    {
                        if (channel.Number(byValue[v] is null ? 0 : 1) == 1)
                        {
                            channel.Block<long>(byValue[v] ??= new long[units]);
                        }
                        else if (channel.IsLoading)
                        {
                            byValue[v] = null;
                        }
                    }
                }
            }
        }
    }
}
