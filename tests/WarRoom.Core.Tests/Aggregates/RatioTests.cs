using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>A ratio KPI (手机银行月活率 = MAU / customers) against figures worked out by hand.</summary>
public class RatioTests
{
    private const string Now = "2027-01-20T12:00";

    private static WorldBuilder RateWorld() => Trees.Small()
        .Kpi("cust", KpiAggregation.Latest)
        .Ratio("rate", "mau", "cust", weight: 1.0);

    private static World Booked()
    {
        var w = RateWorld().Target("HQ", "rate", 0.5).Target("SB11", "rate", 0.5).Build();
        w.Book("M111", "mau", "2027-01-10T09:00", 30);
        w.Book("M111", "cust", "2027-01-10T09:00", 100);
        w.Book("M112", "mau", "2027-01-11T09:00", 10);
        w.Book("M112", "cust", "2027-01-11T09:00", 50);
        w.Book("M211", "mau", "2027-01-12T09:00", 45);
        w.Book("M211", "cust", "2027-01-12T09:00", 60);
        return w;
    }

    [Fact]
    public void A_parent_divides_the_subtree_sums_and_never_averages_its_childrens_ratios()
    {
        using var w = Booked();

        Assert.Equal(0.3, w.Value("M111", "rate", Now));
        Assert.Equal(0.2, w.Value("M112", "rate", Now));
        Assert.Equal(0.2667, w.Value("SB11", "rate", Now)); // 40 / 150, not (0.3 + 0.2) / 2 = 0.25
        Assert.Equal(0.2667, w.Value("BR1", "rate", Now)); // M121 has no customers yet: adds nothing above or below
        Assert.Equal(0.75, w.Value("BR2", "rate", Now)); // 45 / 60
        Assert.Equal(0.4048, w.Value("HQ", "rate", Now)); // 85 / 210 = 0.40476…
        Assert.Equal(0, w.Value("M121", "rate", Now)); // 0 / 0: no base, no rate
    }

    [Fact]
    public void The_composite_rescores_when_the_numerator_moves()
    {
        using var w = Booked();
        Assert.Equal(80.96, w.Aggregates.Score(w["HQ"], WorldBuilder.At(Now))!.Value, 9); // 0.4048 / 0.5

        w.Book("M211", "mau", "2027-01-13T09:00", 60); // HQ: 100 / 210 = 0.47619…
        Assert.Equal(95.24, w.Aggregates.Score(w["HQ"], WorldBuilder.At(Now))!.Value, 9);
        Assert.Equal(53.34, w.Aggregates.Score(w["SB11"], WorldBuilder.At(Now))!.Value, 9); // 0.2667 / 0.5
    }

    [Fact]
    public void Ranks_by_the_ratio_and_paces_it_against_the_whole_target()
    {
        using var w = Booked();
        var result = w.Rank(OrgLevel.SubBranch, "rate", RankBasis.Completion, Now);

        var sb11 = Assert.Single(result.Items, i => i.Unit.Code == "SB11");
        Assert.Equal(0.2667, sb11.Value);
        Assert.Equal(0.5334, sb11.Completion!.Value, 9);
        Assert.Equal(0.5334 - 1, sb11.Pace!.Value, 9); // a level is due in full now, not by time progress
        Assert.Equal(["SB21:1", "SB11:2", "SB12:3"], World.Rows(w.Rank(OrgLevel.SubBranch, "rate", RankBasis.Value, Now)));
    }

    [Fact]
    public void Over_a_window_the_ratio_divides_the_windows_own_figures()
    {
        using var w = Trees.Small().Kpi("calls").Ratio("hit", "dep", "calls").Build();
        w.Book("M111", "dep", "2027-01-18T10:00", 3); // Monday of Now's week
        w.Book("M111", "calls", "2027-01-18T10:00", 10);
        w.Book("M111", "dep", "2027-01-05T10:00", 1); // an earlier week
        w.Book("M111", "calls", "2027-01-05T10:00", 30);

        Assert.Equal(0.1, w.Value("M111", "hit", Now)); // 4 / 40
        Assert.Equal(0.3, w.Value("M111", "hit", Now, RankWindow.ThisWeek)); // 3 / 10
    }

    [Fact]
    public void A_ratio_takes_no_events_of_its_own_and_says_which_to_send()
    {
        using var w = RateWorld().Build();
        var problem = w.Catalog.Find("rate")!.EventValueProblem(0.4);

        Assert.Equal("kpi 'rate' is the ratio mau / cust: send events for those two, not for the ratio", problem);
    }
}
