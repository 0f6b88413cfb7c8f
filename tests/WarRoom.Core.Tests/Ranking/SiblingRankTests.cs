using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The oracle of <see cref="Ranker.RankSiblings"/>: on random trees of 3 to 6 levels, the single pass over a level
/// gives every unit the row and sibling count of the composite ranking of its parent's children (one
/// <see cref="Ranker.Rank(RankingQuery, DateTimeOffset)"/> per parent, what guidance ran before), live and as of.
/// </summary>
public sealed class SiblingRankTests
{
    [Fact]
    public void One_pass_per_level_equals_one_ranking_per_parent()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var r = new Random(seed);
            using var w = DeepWorld(r, depth: 3 + (seed % 4));
            var events = Events(r, w);
            w.Aggregates.Apply(events[..(events.Length / 2)]);
            var instants = new[] { w.Campaign.Start.AddHours(5), w.Campaign.Start.AddDays(3).AddHours(10), w.Campaign.End.AddDays(-1) };
            foreach (var now in instants)
            {
                foreach (var asOf in new[] { false, true })
                {
                    Check(w, now, asOf, $"seed {seed}, {now:O}, asOf {asOf}");
                }
            }

            // Late bookings move the previous close: the per-parent path patches its cache, the single pass reads afresh.
            w.Aggregates.Apply(events[(events.Length / 2)..]);
            Check(w, instants[1], asOf: false, $"seed {seed} after late events");
        }
    }

    private static void Check(World w, DateTimeOffset now, bool asOf, string because)
    {
        foreach (var level in w.Tree.Levels.BelowRoot)
        {
            var rows = new RankingItem?[w.Tree.Count];
            var siblings = new int[w.Tree.Count];
            w.Ranker.RankSiblings(level, now, asOf, rows, siblings);
            var seen = 0;
            foreach (var parent in w.Tree.UnitsAt(level.Above!, w.Tree.Root))
            {
                var query = new RankingQuery(level, RankingQuery.Composite, RankBasis.Value, parent, RankWindow.CampaignToDate);
                var result = asOf ? w.Ranker.RankAsOf(query, now) : w.Ranker.Rank(query, now);
                foreach (var item in result.Items)
                {
                    Assert.True(item == rows[item.Unit.Index], $"{because}: {item} vs {rows[item.Unit.Index]}");
                    Assert.Equal(result.Total, siblings[item.Unit.Index]);
                    seen++;
                }
            }

            Assert.Equal(w.Tree.Units.Count(u => u.Level == level), seen);
            Assert.Equal(seen, rows.Count(row => row?.Unit.Level == level));
        }
    }

    /// <summary>A random tree of <paramref name="depth"/> levels (some parents childless, ties likely), random targets.</summary>
    internal static World DeepWorld(Random r, int depth)
    {
        var levels = new OrgLevels([.. Enumerable.Range(0, depth).Select(d => ($"l{d}", new LocalizedText($"层{d}", $"Level {d}")))]);
        var b = new WorldBuilder { End = WorldBuilder.At("2027-01-12T00:00") };
        b.Unit("HQ", levels[0], null);
        var count = 0;
        void Children(string parent, int d)
        {
            for (int i = 0, n = r.Next(d == 1 ? 1 : 0, 5); i < n && d < depth; i++)
            {
                var code = $"U{r.Next(1000):000}-{count++}";
                b.Unit(code, levels[d], parent, r.Next(3) == 0 ? "B" : "A");
                Children(code, d + 1);
            }
        }

        Children("HQ", 1);
        b.Kpi("s1", KpiAggregation.Sum, 0.5).Kpi("s2", KpiAggregation.Sum, 0.2, KpiDirection.LowerIsBetter).Kpi("l1", KpiAggregation.Latest, 0.3);
        return b.BuildWith((_, _) => r.Next(4) switch { 0 => double.NaN, 1 => 10, _ => r.Next(1, 300) });
    }

    internal static EventRecord[] Events(Random r, World w)
    {
        var from = w.Campaign.Start.AddDays(-1).ToUnixTimeMilliseconds();
        var minutes = (int)(w.Campaign.End - w.Campaign.Start).TotalMinutes;
        return [.. Enumerable.Range(1, r.Next(0, 200)).Select(i => new EventRecord(
            i, "e" + i, from + (60_000L * r.Next(minutes)), r.Next(w.Tree.Count), r.Next(w.Catalog.Count), r.Next(0, 5) * 2.5))];
    }
}
