using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// A late event is brought into the closes kept instead of building them again (decision 0026). Oracle: after random
/// batches of events on random days (late and not, several in one 512-event chunk, the same unit twice), every close
/// kept equals figure by figure — values of each KPI kind, each balance's own reading, scores — a close built afresh
/// by other aggregates given the same events; and no close was built again. A replay leaves them outdated and they
/// are built again right.
/// </summary>
public class ClosePatchTests
{
    [Fact]
    public void Closes_kept_after_random_late_events_equal_a_fresh_build_and_none_is_built_again()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var r = new Random(seed);
            using var w = Bank(r);
            var events = Events(r, w, 3_000);
            var days = w.Campaign.DayCount;
            var applied = events.Take(events.Count / 3).ToList();
            w.Aggregates.Apply(applied.ToArray());
            var kept = BuildAll(w.Aggregates, days);

            for (var rest = events.Skip(applied.Count).ToList(); rest.Count > 0;)
            {
                var batch = rest.Take(r.Next(1, 700)).ToArray();
                rest = rest[batch.Length..];
                w.Aggregates.Apply(batch);
                applied.AddRange(batch);
                Same(w, applied, days, $"seed {seed}, {applied.Count} events", kept);
            }
        }
    }

    [Fact]
    public void A_replay_outdates_the_closes_and_they_are_built_again_right()
    {
        var r = new Random(7);
        using var w = Bank(r);
        var events = Events(r, w, 2_000);
        var days = w.Campaign.DayCount;
        w.Aggregates.Apply(events.Take(1_000).ToArray());
        var kept = BuildAll(w.Aggregates, days);

        w.Aggregates.BeginReplay();
        w.Aggregates.Apply(events.Skip(1_000).ToArray());
        w.Aggregates.EndReplay();

        Same(w, events, days, "after the replay", kept: null);
        using var _ = w.Aggregates.Read();
        Assert.NotSame(kept[^1], w.Aggregates.CloseOf(days - 1)); // the replay reached it: built again, not patched
    }

    /// <summary>Every day's close, built on the way to the last one.</summary>
    private static DayClose[] BuildAll(KpiAggregates a, int days)
    {
        using var _ = a.Read();
        a.CloseOf(days - 1);
        return [.. Enumerable.Range(0, days).Select(a.CloseOf)];
    }

    /// <summary>Each close equals a fresh build; with <paramref name="kept"/>, it is the same object (patched, not built again).</summary>
    private static void Same(World w, List<EventRecord> events, int days, string because, DayClose[]? kept)
    {
        using var fresh = new KpiAggregates(w.Tree, w.Catalog, w.Campaign);
        fresh.Apply(events.ToArray());
        using var _ = w.Aggregates.Read();
        using var __ = fresh.Read();
        for (var day = 0; day < days; day++)
        {
            var patched = w.Aggregates.CloseOf(day);
            var built = fresh.CloseOf(day);
            Assert.True(kept is null || ReferenceEquals(kept[day], patched), $"{because}: the close of day {day} was built again");
            for (var u = 0; u < w.Tree.Count; u++)
            {
                for (var k = 0; k < w.Catalog.Count; k++)
                {
                    Assert.True(built.Value(u, k) == patched.Value(u, k), $"{because}: unit {u}, kpi {w.Catalog.All[k].Code}, day {day}");
                    if (w.Catalog.All[k].Aggregation == KpiAggregation.Latest)
                    {
                        Assert.True(built.OwnLatest(u, k) == patched.OwnLatest(u, k), $"{because}: own reading of unit {u}, kpi {k}, day {day}");
                    }
                }

                Assert.True(built.Score(u).Equals(patched.Score(u)), $"{because}: score of unit {u}, day {day}");
            }
        }
    }

    /// <summary>Every KPI kind a close keeps, ratios over readings and over flows, all in the composite.</summary>
    private static World Bank(Random r)
    {
        var b = new WorldBuilder { End = WorldBuilder.At("2027-01-01T00:00").AddDays(r.Next(8, 16)) }.Unit("HQ", OrgLevel.Hq, null);
        for (int br = 0, branches = r.Next(1, 4); br < branches; br++)
        {
            b.Unit($"BR{br}", OrgLevel.Branch, "HQ");
            for (int sb = 0, subs = r.Next(1, 4); sb < subs; sb++)
            {
                b.Unit($"SB{br}{sb}", OrgLevel.SubBranch, $"BR{br}");
                for (int m = 0, managers = r.Next(0, 6); m < managers; m++)
                {
                    b.Unit($"M{br}{sb}{m}", OrgLevel.Manager, $"SB{br}{sb}");
                }
            }
        }

        b.Kpi("flow", KpiAggregation.Sum, 0.3).Kpi("cost", KpiAggregation.Sum, 0.1, KpiDirection.LowerIsBetter)
            .Kpi("mau", KpiAggregation.Latest, 0.1).Kpi("signed", KpiAggregation.Latest, 0.1)
            .Kpi("avg", KpiAggregation.DailyAverage, 0.2).Kpi("won", KpiAggregation.Sum)
            .Ratio("rate", "mau", "signed", 0.1).Ratio("hit", "won", "flow", 0.1);
        return b.BuildWith((_, _) => r.Next(5) == 0 ? double.NaN : r.Next(1, 500));
    }

    private static List<EventRecord> Events(Random r, World w, int count)
    {
        var fed = w.Catalog.All.Where(k => k.Aggregation != KpiAggregation.Ratio).Select(k => k.Index).ToArray();
        var start = w.Campaign.Start.ToUnixTimeMilliseconds();
        var minutes = (int)(w.Campaign.End - w.Campaign.Start).TotalMinutes;
        var events = new List<EventRecord>();
        for (var i = 1; i <= count; i++)
        {
            // Time rises with the seq, but one event in four is dated anywhere earlier: a late one.
            var at = r.Next(4) == 0 ? r.Next(minutes * i / count + 1) : minutes * i / count;
            var unit = r.Next(2) == 0 ? r.Next(w.Tree.Count) : r.Next(Math.Max(0, w.Tree.Count - 4), w.Tree.Count); // some often: twice in a chunk
            events.Add(new EventRecord(i, $"e{i}", start + (at * 60_000L), unit, fed[r.Next(fed.Length)], r.Next(-20, 200)));
        }

        return events;
    }
}
