using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The as-of oracle where the other tests do not reach: a tree of several unit blocks (the day's events are added
/// up 256 units at a time), and many instants one after another, so that dropped cuts hand their arrays to new ones
/// (with readings left from another day) and the closes of skipped days are built on the way.
/// </summary>
public class AsOfReuseTests
{
    private static World Build()
    {
        var b = new WorldBuilder { Start = WorldBuilder.At("2027-01-01T00:00"), End = WorldBuilder.At("2027-01-15T00:00") };
        b.Unit("HQ", OrgLevel.Hq, null);
        for (var s = 0; s < 12; s++)
        {
            b.Unit($"S{s:00}", OrgLevel.SubBranch, "HQ", s % 2 == 0 ? "A" : "B");
            for (var m = 0; m < 60; m++)
            {
                b.Unit($"M{s:00}{m:00}", OrgLevel.Manager, $"S{s:00}");
            }
        }

        var r = new Random(5);
        return b.Kpi("dep", KpiAggregation.Sum, 0.5).Kpi("cost", KpiAggregation.Sum, 0.2, KpiDirection.LowerIsBetter)
            .Kpi("cust", KpiAggregation.Latest, 0.3).BuildWith((_, _) => r.Next(8) == 0 ? double.NaN : r.Next(100, 900));
    }

    [Fact]
    public void Instant_after_instant_over_many_blocks_the_figures_are_those_of_a_replay()
    {
        using var all = Build();
        var r = new Random(11);
        var from = all.Campaign.Start.ToUnixTimeMilliseconds();
        var events = Enumerable.Range(1, 6_000).Select(i => new EventRecord(
            i, $"e{i}", from + (60_000L * r.Next(14 * 24 * 60)), 1 + r.Next(all.Tree.Count - 1), r.Next(3), r.Next(-20, 200))).ToList();
        all.Aggregates.Apply([.. events.OrderBy(_ => r.Next())]);

        // 30 instants: more than the cut cache holds, latest days first so that earlier closes are skipped, then some again.
        var instants = Enumerable.Range(0, 30).Select(i => all.Campaign.Start.AddMinutes(((29 - i) % 20 * 1_000) + r.Next(1_000))).ToList();
        foreach (var at in instants)
        {
            using var replay = new World(all.Tree, all.Catalog, all.Campaign);
            replay.Aggregates.Apply([.. events.Where(e => e.TimeMs <= at.ToUnixTimeMilliseconds())]);
            foreach (var level in new[] { OrgLevel.SubBranch, OrgLevel.Manager })
            {
                foreach (var metric in new[] { RankingQuery.Composite, "dep", "cost", "cust" })
                {
                    foreach (var window in new[] { RankWindow.CampaignToDate, RankWindow.ThisWeek })
                    {
                        var query = new RankingQuery(level, metric, RankBasis.Completion, all.Tree.Root, window, Forecast: true);
                        Assert.True(replay.Ranker.Rank(query, at).Items.SequenceEqual(all.Ranker.RankAsOf(query, at).Items), $"{at:O} {level} {metric} {window.Kind}");
                    }
                }
            }

            foreach (var unit in all.Tree.Units.Where(u => u.Index % 97 == 0 || u.Level != OrgLevel.Manager))
            {
                Assert.Equal(replay.Ranker.Detail(unit, at).Kpis, all.Ranker.DetailAsOf(unit, at).Kpis);
            }
        }
    }
}
