using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Tests.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// End-of-day totals (decision 0019) equal the daily cells summed whatever order the closes are asked for in — a
/// close is often the one before plus a day — and a late event on an earlier day is seen by every later close; so
/// does each balance's own latest reading the close keeps for the next day's as-of reads. The same when only two
/// closes fit the memory budget.
/// </summary>
public class DayCloseTests
{
    [Theory]
    [InlineData(256L << 20)]
    [InlineData(1L)] // two closes kept, none built on the way: a national bank's case, on small trees
    public void Every_close_equals_the_cells_through_its_day_also_after_late_events(long closeBudget)
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var r = new Random(seed);
            using var w = RandomWorlds.Tree(r);
            w.Aggregates.CloseBudget = closeBudget;
            var events = RandomWorlds.Events(r, w);
            var half = events.Count / 2;
            foreach (var e in events.Take(half))
            {
                w.Aggregates.Apply(in e);
            }

            Check(w, r, $"seed {seed}, first half");
            foreach (var e in events.Skip(half))
            {
                w.Aggregates.Apply(in e);
            }

            Check(w, r, $"seed {seed}, all");
        }
    }

    private static void Check(World w, Random r, string because)
    {
        var a = w.Aggregates;
        var days = Enumerable.Range(0, w.Campaign.DayCount).OrderBy(_ => r.Next()).ToList();
        using var _ = a.Read();
        foreach (var day in days.Concat(days))
        {
            var close = a.CloseOf(day);
            Assert.Equal(day, close.Through);
            for (var u = 0; u < w.Tree.Count; u++)
            {
                for (var k = 0; k < w.Catalog.Count; k++)
                {
                    Assert.True(a.ValueIn(u, k, new DayRange(0, day)) == close.Value(u, k), $"{because}: unit {u}, kpi {k}, day {day}");
                    if (w.Catalog.All[k].Aggregation == KpiAggregation.Latest)
                    {
                        Assert.True(a.OwnLatestIn(u, k, new DayRange(0, day)) == close.OwnLatest(u, k), $"{because}: own latest of unit {u}, kpi {k}, day {day}");
                    }
                }

                var score = a.ScoreIn(u, new DayRange(0, day));
                Assert.True(score.Equals(close.Score(u)), $"{because}: score of unit {u}, day {day}");
            }
        }
    }
}
