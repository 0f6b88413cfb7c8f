using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Composite = Σ w·clamp(c, 0, cap)·100 / Σ w over the KPIs with a target; figures worked out by hand.</summary>
public class CompositeTests
{
    private const string Now = "2027-01-31T00:00"; // calendar time progress 30 / 90

    internal static World Build(double cap = 1.5)
    {
        var w = new WorldBuilder { ScoreCap = cap }
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Unit("M3", OrgLevel.Manager, "SB1").Unit("M4", OrgLevel.Manager, "SB1")
            .Kpi("dep", KpiAggregation.Sum, 0.5).Kpi("fund", KpiAggregation.Sum, 0.3).Kpi("mau", KpiAggregation.Latest, 0.2)
            .Target("M1", "dep", 100).Target("M1", "fund", 50).Target("M1", "mau", 200)
            .Target("M2", "dep", 100).Target("M2", "mau", 100)                        // no fund target
            .Target("M3", "dep", 100).Target("M3", "fund", 100).Target("M3", "mau", 100)
            .Build();                                                                  // M4: no target at all
        w.Book("M1", "dep", "2027-01-04T09:00", 80);   // 0.8
        w.Book("M1", "fund", "2027-01-05T09:00", 100); // 2.0, capped
        w.Book("M1", "mau", "2027-01-06T09:00", 100);  // 0.5
        w.Book("M2", "dep", "2027-01-04T09:00", 50);   // 0.5
        w.Book("M2", "fund", "2027-01-04T09:00", 999); // no target: drops out
        w.Book("M2", "mau", "2027-01-06T09:00", 150);  // 1.5
        w.Book("M3", "dep", "2027-01-04T09:00", -20);  // -0.2, scores 0
        w.Book("M4", "dep", "2027-01-04T09:00", 500);
        return w;
    }

    [Fact]
    public void Scores_by_hand_with_cap_drop_out_and_negative_completion()
    {
        using var w = Build();
        var r = w.Rank(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, Now);

        Assert.Equal(["M1:1", "M2:2", "M3:3", "M4:4"], World.Rows(r));
        Assert.Equal(95, r.Items[0].Score!.Value, 9);              // (0.5·0.8 + 0.3·1.5 + 0.2·0.5)·100 / 1.0
        Assert.Equal(55 / 0.7, r.Items[1].Score!.Value, 9);        // (0.5·0.5 + 0.2·1.5)·100 / 0.7
        Assert.Equal(0, r.Items[2].Score!.Value, 9);               // 0.5·clamp(−0.2, 0, 1.5)·100 / 1.0
        Assert.Null(r.Items[3].Score);
        Assert.Null(r.Items[3].Value);
    }

    [Theory]
    [InlineData(RankBasis.Value)]
    [InlineData(RankBasis.Completion)]
    [InlineData(RankBasis.Pace)]
    public void A_composite_row_is_value_score_completion_score_over_100_and_pace_against_time(RankBasis basis)
    {
        using var w = Build();
        var m1 = w.Rank(OrgLevel.Manager, RankingQuery.Composite, basis, Now).Items[0];
        Assert.Equal(m1.Score, m1.Value);
        Assert.Null(m1.Target);
        Assert.Equal(m1.Score!.Value / 100, m1.Completion!.Value);
        Assert.Equal(0.95 - (30.0 / 90), m1.Pace!.Value, 12);
    }

    [Fact]
    public void The_cap_limits_one_kpi_and_comes_from_the_campaign()
    {
        using var w = Build(cap: 1.2);
        w.Book("M3", "dep", "2027-01-05T09:00", 1020); // M3 dep: 1000 / 100 = 10, capped at 1.2
        var r = w.Rank(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, Now);
        Assert.Equal(["M1:1", "M2:2", "M3:3", "M4:4"], World.Rows(r));
        Assert.Equal((0.5 * 0.8 + 0.3 * 1.2 + 0.2 * 0.5) * 100, r.Items[0].Score!.Value, 9);
        Assert.Equal((0.5 * 0.5 + 0.2 * 1.2) * 100 / 0.7, r.Items[1].Score!.Value, 9); // mau 1.5 capped too
        Assert.Equal(60, r.Items[2].Score!.Value, 9); // 0.5·1.2·100 / 1.0
    }

    [Theory]
    [InlineData(5, 150)]   // half the limit: 2 − 0.5 = 1.5
    [InlineData(2, 150)]   // 1.8, capped
    [InlineData(10, 100)]  // on the limit
    [InlineData(20, 0)]
    [InlineData(25, 0)]    // −0.5, floored at 0
    public void A_lower_is_better_kpi_scores_two_minus_completion(double value, double score)
    {
        using var w = Trees.Flat("M1")
            .Kpi("loss", KpiAggregation.Sum, 1.0, KpiDirection.LowerIsBetter)
            .Target("M1", "loss", 10)
            .Build();
        w.Book("M1", "loss", "2027-01-04T09:00", value);
        Assert.Equal(score, w.Rank(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, Now).Items[0].Score!.Value, 9);
    }

    [Theory]
    [InlineData(-1e9)]
    [InlineData(-5_000)]
    [InlineData(1e9)]
    public void A_score_lies_between_0_and_100_times_the_cap_whatever_one_event_books(double value)
    {
        // A tiny target and one huge event: unclamped, the reversal scored −69,444,444 and buried every other KPI.
        using var w = Build();
        w.Book("M1", "fund", "2027-01-07T09:00", value);
        var r = w.Rank(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, Now);

        Assert.All(r.Items.Where(i => i.Score is not null), i => Assert.InRange(i.Score!.Value, 0, 150));
        var m1 = r.Items.Single(i => i.Unit.Code == "M1").Score!.Value;
        Assert.Equal((0.5 * 0.8 + (value < 0 ? 0 : 0.3 * 1.5) + 0.2 * 0.5) * 100, m1, 9);
    }

    [Fact]
    public void Windowed_composite_scores_the_window_against_the_campaign_targets()
    {
        using var w = Build();
        w.Book("M2", "dep", "2027-01-30T09:00", 30); // Saturday; this week Mon 25 … Sat 30
        var r = w.Rank(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, "2027-01-30T12:00", window: RankWindow.ThisWeek);
        Assert.Equal(["M2:1", "M1:2", "M3:2", "M4:4"], World.Rows(r));
        Assert.Equal(0.5 * 0.3 * 100 / 0.7, r.Items[0].Score!.Value, 9);
        Assert.Equal(5.5 / 90, r.PaceReference, 12); // Monday 00:00 to Saturday 12:00 of a 90-day campaign
    }
}
