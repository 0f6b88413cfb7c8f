using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>
    /// Every unit of <paramref name="level"/> on the composite, campaign to date, among its siblings (the units of the
    /// level under the same parent): the rows and totals one <see cref="Rank(RankingQuery, DateTimeOffset)"/> per parent
    /// gives, written to <paramref name="rows"/> and <paramref name="siblings"/> by unit index. One pass reads every
    /// key, today's and the previous close's; each parent's run is then sorted alone. Per parent, a national tree
    /// (~8,700 parents) paid ~8,700 rankings, and its previous-close entries flushed the cache every other ranking shares.
    /// </summary>
    internal void RankSiblings(OrgLevel level, DateTimeOffset now, bool asOf, RankingItem?[] rows, int[] siblings)
    {
        var campaign = aggregates.Campaign;
        var window = RankWindow.CampaignToDate.Resolve(campaign, Horizon.At(campaign, now), timeProgress.At);
        var previous = Horizon.PreviousClose(campaign, now);
        var units = levels.Units(level);
        var entries = new RankEntry[units.Length];
        var before = previous is null ? null : new long[units.Length];
        var items = new List<RankingItem>(units.Length);
        using (aggregates.Read())
        {
            var reader = new MetricReader(aggregates, null, RankBasis.Value, window.Days, asOf ? aggregates.CutAt(now) : null);
            var closeReader = previous is { } close
                ? new MetricReader(aggregates, null, RankBasis.Value, RankWindow.CampaignToDate.ResolveDays(campaign, close))
                : default;
            for (var i = 0; i < units.Length; i++)
            {
                entries[i] = new RankEntry(reader.Key(units[i]), levels.CodeRank[units[i]], units[i]);
                if (before is not null)
                {
                    before[i] = closeReader.Key(units[i]);
                }
            }

            var ranks = new int[units.Length];
            var previousRanks = new int[units.Length];
            foreach (var parent in levels.Units(level.Above!))
            {
                var (start, end) = levels.Range(level, aggregates.Tree[parent]);
                if (before is not null)
                {
                    // Ranks at the close by position, before the run is reordered: 1 + the number of smaller keys.
                    var sorted = before[start..end];
                    Array.Sort(sorted);
                    for (var i = start; i < end; i++)
                    {
                        previousRanks[i] = 1 + LowerBound(sorted, before[i]);
                    }
                }

                var run = entries.AsSpan(start, end - start);
                var runPrevious = previousRanks.AsSpan(start, end - start).ToArray();
                run.Sort();
                RankSelection.Ranks(run, ranks.AsSpan(start, end - start));
                for (var i = start; i < end; i++)
                {
                    var unit = entries[i].Unit;
                    int? change = before is null ? null : runPrevious[levels.Position[unit] - start] - ranks[i];
                    items.Add(reader.Item(aggregates.Tree[unit], ranks[i], change, window.ElapsedShare));
                    siblings[unit] = end - start;
                }
            }
        }

        var ranked = items.ToArray();
        AddLastYear(ranked, null, window.Days);
        foreach (var item in ranked)
        {
            rows[item.Unit.Index] = item;
        }
    }

    private static int LowerBound(long[] sorted, long key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            (lo, hi) = sorted[mid] < key ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
