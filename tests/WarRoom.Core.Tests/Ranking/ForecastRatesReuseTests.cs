using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// A ranker whose forecast rate tables meet late events (its tables kept, the late bookings' paths forgotten, or a new
/// table when there are more than the limit) forecasts exactly what a fresh ranker over the same aggregates does:
/// every unit of every level, the composite and each KPI, and every unit's detail. Seeded: a failure names its seed.
/// </summary>
public class ForecastRatesReuseTests
{
    private static readonly OrgLevel[] Levels = [OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager];
    private static readonly string[] Metrics = ["s1", "s2", "l1", "x", RankingQuery.Composite];

    [Fact]
    public void Forecasts_after_late_events_equal_a_fresh_rankers()
    {
        var compared = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var r = new Random(seed);
            using var w = RandomWorlds.Tree(r);
            w.Ranker.RatesForgetLimit = r.Next(4) == 0 ? r.Next(0, 3) : 1 << 14;
            var events = RandomWorlds.Events(r, w);
            var span = (w.Campaign.End - w.Campaign.Start).TotalMinutes;
            var instants = Enumerable.Range(0, 2).Select(_ => w.Campaign.Start.AddMinutes(r.Next((int)span))).ToList();
            for (int applied = 0, part = 1; applied < events.Count; part++)
            {
                var n = r.Next(1, Math.Min(30, events.Count - applied) + 1);
                w.Aggregates.Apply(events.GetRange(applied, n).ToArray());
                applied += n;
                var fresh = new Ranker(w.Aggregates);
                foreach (var now in instants)
                {
                    compared += Compare(w, w.Ranker, fresh, now, $"seed {seed}, part {part}, {applied} events, now {now:O}");
                }
            }
        }

        // Guards the generator: forecasts that are all null would agree on nothing.
        Assert.True(compared > 2_000, $"only {compared} forecasts compared");
    }

    private static int Compare(World w, Ranker kept, Ranker fresh, DateTimeOffset now, string context)
    {
        var compared = 0;
        foreach (var level in Levels.Where(l => w.Tree.Units.Any(u => u.Level == l)))
        {
            foreach (var metric in Metrics)
            {
                var query = new RankingQuery(level, metric, RankBasis.Value, w.Tree.Root, RankWindow.CampaignToDate, Forecast: true);
                var expected = fresh.Rank(query, now).Items;
                var actual = kept.Rank(query, now).Items;
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.True(Equals(expected[i].ForecastCompletion, actual[i].ForecastCompletion),
                        $"{context}: {level} {metric} {expected[i].Unit.Code}: fresh {expected[i].ForecastCompletion}, kept {actual[i].ForecastCompletion}");
                    compared += expected[i].ForecastCompletion is null ? 0 : 1;
                }
            }
        }

        foreach (var unit in w.Tree.Units)
        {
            var expected = fresh.Detail(unit, now).Kpis.Select(k => k.Forecast);
            var actual = kept.Detail(unit, now).Kpis.Select(k => k.Forecast);
            Assert.True(expected.SequenceEqual(actual), $"{context}: detail of {unit.Code}");
        }

        return compared;
    }
}
