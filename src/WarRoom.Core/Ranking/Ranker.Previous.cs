using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>Late bookings worth re-keying; beyond this a fresh sort is cheaper. Settable for tests.</summary>
    internal int PatchLimit { get; set; } = 1 << 16;

    /// <summary>Units re-keyed one by one (an array move each); more are merged into the sorted keys in one pass. Settable for tests.</summary>
    internal int RekeyOneByOne { get; set; } = 64;

    /// <summary>
    /// The ranks the <paramref name="rows"/> had at the previous day's close, in row order. Served from the cache,
    /// brought up to date with the late bookings since it was built, or built afresh. Read lock held.
    /// </summary>
    private int[] PreviousRanks(RankingQuery query, Kpi? kpi, Horizon close, int start, int end, int peer, ReadOnlySpan<RankEntry> rows)
    {
        var key = new PreviousCloseKey(query.Level, query.Metric, query.Basis, query.Scope.Index, query.Window, query.PeerGroup, close.LastDay);
        var reader = new MetricReader(aggregates, kpi, query.Basis, query.Window.ResolveDays(aggregates.Campaign, close));
        var version = aggregates.VersionUnderLock;
        var ranks = new int[rows.Length];
        if (previousClose.TryGet(key, out var entry))
        {
            lock (entry.Gate)
            {
                if (Refresh(entry, reader, query, close.LastDay, start, end, peer, version))
                {
                    for (var i = 0; i < rows.Length; i++)
                    {
                        ranks[i] = entry.RankAt(levels.Position[rows[i].Unit] - start);
                    }

                    return ranks;
                }
            }
        }

        entry = Build(reader, query, start, end, peer, version);
        previousClose.Put(key, entry);
        for (var i = 0; i < rows.Length; i++)
        {
            ranks[i] = entry.RankAt(levels.Position[rows[i].Unit] - start);
        }

        return ranks;
    }

    private PreviousClose Build(in MetricReader reader, RankingQuery query, int start, int end, int peer, long version)
    {
        var units = levels.Units(query.Level);
        var byPosition = new long[end - start];
        var sorted = new List<long>(end - start);
        for (var i = start; i < end; i++)
        {
            var u = units[i];
            if (peer == -1 || levels.PeerId[u] == peer)
            {
                byPosition[i - start] = reader.Key(u);
                sorted.Add(byPosition[i - start]);
            }
        }

        var keys = sorted.ToArray();
        Array.Sort(keys);
        return new PreviousClose(version, byPosition, keys);
    }

    /// <summary>Re-keys the candidates above each late booking; false when the entry must be rebuilt.</summary>
    private bool Refresh(PreviousClose entry, in MetricReader reader, RankingQuery query, int lastDay, int start, int end, int peer, long version)
    {
        if (entry.ValidThrough >= version)
        {
            return true;
        }

        if (aggregates.ChangedThrough(lastDay, entry.ValidThrough))
        {
            var booked = new List<int>();
            if (!aggregates.TryCollectBookings(entry.ValidThrough, lastDay, PatchLimit, booked))
            {
                return false;
            }

            var touched = new HashSet<int>();
            var positions = new List<int>();
            foreach (var u in booked)
            {
                var unit = OrgUnitAt(u, query.Level);
                if (unit >= 0 && levels.Position[unit] >= start && levels.Position[unit] < end
                    && (peer == -1 || levels.PeerId[unit] == peer) && touched.Add(unit))
                {
                    positions.Add(levels.Position[unit] - start);
                }
            }

            var units = levels.Units(query.Level);
            if (positions.Count <= RekeyOneByOne)
            {
                foreach (var p in positions)
                {
                    entry.Rekey(p, reader.Key(units[p + start]));
                }
            }
            else
            {
                var keys = new long[positions.Count];
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = reader.Key(units[positions[i] + start]);
                }

                entry.Rekey(positions, keys);
            }
        }

        entry.ValidThrough = version;
        return true;
    }

    /// <summary>The unit or ancestor of <paramref name="unit"/> at <paramref name="level"/>, or −1 (a booking above it).</summary>
    private int OrgUnitAt(int unit, Org.OrgLevel level) => Org.OrgTree.AncestorAt(aggregates.Tree[unit], level)?.Index ?? -1;
}
