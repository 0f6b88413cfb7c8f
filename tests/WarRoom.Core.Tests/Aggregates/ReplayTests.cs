using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// A replay (start-up rebuild, a checkpoint's tail, last year's campaign) scores each unit once, at its end: the
/// scorings are counted, not timed — O(units) for the whole replay, where applying the same events live scores every
/// unit again on each new day of a daily average. The scores it leaves are those of the live path, unit by unit.
/// </summary>
public class ReplayTests
{
    private const int Days = 60;

    [Fact]
    public void A_replay_over_many_days_scores_every_unit_once_and_as_the_live_path_does()
    {
        using var live = Bank(KpiAggregation.DailyAverage);
        using var replayed = Bank(KpiAggregation.DailyAverage);
        var events = Events(live, 30_000);

        Apply(live, events);
        replayed.Aggregates.BeginReplay();
        Apply(replayed, events);
        replayed.Aggregates.EndReplay();

        var units = live.Tree.Count;
        // Live, a new day rescores the whole tree (two new days inside one 512-event chunk count once).
        Assert.True(live.Aggregates.Rescored >= (long)Days / 2 * units, $"live: {live.Aggregates.Rescored:N0} scorings of {units:N0} units");
        Assert.Equal(units, replayed.Aggregates.Rescored);
        SameScores(live, replayed);
    }

    [Fact]
    public void A_replay_of_sums_scores_only_the_units_it_touched_once_each()
    {
        using var live = Bank(KpiAggregation.Sum);
        using var replayed = Bank(KpiAggregation.Sum);
        var events = Events(live, 30_000).Where(e => e.Unit % 3 != 0).ToArray();
        var touched = events.SelectMany(e => Ancestry(live.Tree[e.Unit])).Distinct().Count();

        Apply(live, events);
        replayed.Aggregates.BeginReplay();
        Apply(replayed, events);
        replayed.Aggregates.EndReplay();

        // Live, a manager and every ancestor are scored again in each 512-event chunk they are booked in.
        Assert.True(live.Aggregates.Rescored > 2L * touched, $"live: {live.Aggregates.Rescored:N0} scorings of {touched:N0} units");
        Assert.Equal(touched, replayed.Aggregates.Rescored);
        SameScores(live, replayed);
    }

    [Fact]
    public void Events_applied_after_the_replay_are_scored_at_once_again()
    {
        using var w = Bank(KpiAggregation.Sum);
        w.Aggregates.BeginReplay();
        w.Aggregates.EndReplay();
        var before = w.Aggregates.Rescored;
        var at = WorldBuilder.At("2027-01-05T12:00");
        var score = w.Aggregates.Score(w["M0000"], at);

        w.Book("M0000", "flow", "2027-01-05T10:00", 500);

        Assert.Equal(before + 4, w.Aggregates.Rescored); // the manager, its sub-branch, branch and HQ
        Assert.NotEqual(score, w.Aggregates.Score(w["M0000"], at));
    }

    private static World Bank(KpiAggregation second)
    {
        var b = new WorldBuilder { ScoreCap = 10 }.Unit("HQ", OrgLevel.Hq, null);
        var m = 0;
        for (var br = 0; br < 4; br++)
        {
            b.Unit($"BR{br}", OrgLevel.Branch, "HQ");
            for (var sb = 0; sb < 5; sb++)
            {
                b.Unit($"SB{br}{sb}", OrgLevel.SubBranch, $"BR{br}");
                for (var i = 0; i < 50; i++)
                {
                    b.Unit($"M{m++:D4}", OrgLevel.Manager, $"SB{br}{sb}");
                }
            }
        }

        return b.Kpi("flow", KpiAggregation.Sum, 0.5).Kpi("bal", second, 0.5).BuildWith((_, _) => 100);
    }

    /// <summary>Events on random managers, times rising over <see cref="Days"/> days as a day of ingest brings them.</summary>
    private static EventRecord[] Events(World w, int count)
    {
        var r = new Random(7);
        var managers = w.Tree.Units.Where(u => u.Level == OrgLevel.Manager).Select(u => u.Index).ToArray();
        var start = w.Campaign.Start.ToUnixTimeMilliseconds();
        return [.. Enumerable.Range(1, count).Select(i => new EventRecord(
            i, "e" + i, start + ((long)i * Days * 86_400_000L / (count + 1)), managers[r.Next(managers.Length)], r.Next(2), r.Next(1, 500)))];
    }

    private static void Apply(World w, EventRecord[] events)
    {
        // In blocks, as the rebuild hands them on.
        for (var i = 0; i < events.Length; i += 8192)
        {
            w.Aggregates.Apply(events.AsSpan(i, Math.Min(8192, events.Length - i)));
        }
    }

    private static IEnumerable<int> Ancestry(OrgUnit unit)
    {
        for (var u = unit; u is not null; u = u.Parent)
        {
            yield return u.Index;
        }
    }

    private static void SameScores(World live, World replayed)
    {
        var now = live.Campaign.Start.AddDays(Days + 1);
        foreach (var unit in live.Tree.Units)
        {
            Assert.Equal(live.Aggregates.Score(unit, now), replayed.Aggregates.Score(replayed.Tree[unit.Index], now));
        }
    }
}
