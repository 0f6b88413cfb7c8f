using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The as-of oracle for levels: a ratio and a daily average in the composite, read at past instants from the day
/// closes (which add a flow's days, but must read a level whole), equal a replay of the events up to then.
/// </summary>
public class AsOfLevelsTests
{
    private static World Build() => Trees.Small()
        .Kpi("cust", KpiAggregation.Latest)
        .Kpi("bal", KpiAggregation.DailyAverage, weight: 0.2)
        .Ratio("rate", "mau", "cust", weight: 0.2)
        .BuildWith((_, k) => k.Code == "rate" ? 0.5 : k.Code == "cost" ? double.NaN : 1000);

    // No balance arrives later on a day probed: as of an instant a daily average counts its day whole (decision 0020).
    private static readonly (string Unit, string Kpi, string Time, double Value)[] Events =
    [
        ("M111", "dep", "2027-01-04T10:00", 100), ("M111", "mau", "2027-01-04T10:00", 200), ("M111", "cust", "2027-01-04T10:00", 500),
        ("M111", "bal", "2027-01-04T17:00", 1000), ("M112", "dep", "2027-01-05T11:00", 50), ("M211", "mau", "2027-01-05T11:00", 90),
        ("M211", "cust", "2027-01-05T11:00", 150), ("M111", "bal", "2027-01-05T09:00", 1200), ("M112", "bal", "2027-01-05T09:00", 800),
        ("M121", "dep", "2027-01-06T10:00", 30), ("M111", "mau", "2027-01-06T09:00", 260), ("M211", "cust", "2027-01-06T12:00", 160),
        ("M121", "bal", "2027-01-06T09:30", 400), ("M111", "dep", "2027-01-06T15:00", 70), ("M111", "mau", "2027-01-06T16:00", 300),
        ("M211", "dep", "2027-01-07T10:00", 40), ("M112", "cust", "2027-01-07T10:00", 100), ("M211", "bal", "2027-01-07T09:00", 900),
        ("M112", "mau", "2027-01-08T09:00", 30),
    ];

    [Fact]
    public void Rankings_and_unit_figures_as_of_T_with_levels_are_those_of_a_replay_up_to_T()
    {
        using var all = Build();
        var events = Events.Select((e, i) => all.Event(e.Unit, e.Kpi, e.Time, e.Value, i + 1)).ToList();
        all.Aggregates.Apply([.. events]);

        // Later days after earlier ones: the second close is built from the first, the third from the second.
        foreach (var at in new[] { "2027-01-05T13:00", "2027-01-06T13:00", "2027-01-08T10:00" }.Select(WorldBuilder.At))
        {
            using var replay = new World(all.Tree, all.Catalog, all.Campaign);
            replay.Aggregates.Apply([.. events.Where(e => e.TimeMs <= at.ToUnixTimeMilliseconds())]);
            foreach (var level in new[] { OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager })
            {
                foreach (var metric in new[] { RankingQuery.Composite, "rate", "bal", "dep", "mau" })
                {
                    var query = new RankingQuery(level, metric, RankBasis.Completion, all.Tree.Root, RankWindow.CampaignToDate, Forecast: true);
                    Assert.Equal(replay.Ranker.Rank(query, at).Items, all.Ranker.RankAsOf(query, at).Items);
                }
            }

            foreach (var unit in all.Tree.Units)
            {
                Assert.Equal(replay.Ranker.Detail(unit, at).Kpis, all.Ranker.DetailAsOf(unit, at).Kpis);
            }
        }
    }
}
