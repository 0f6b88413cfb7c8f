using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>Unit detail over the <see cref="CompositeTests"/> world (time progress 30 / 90 at Now).</summary>
public class UnitDetailTests
{
    private static readonly DateTimeOffset Now = WorldBuilder.At("2027-01-31T00:00");

    [Fact]
    public void Contributions_explain_the_score()
    {
        using var w = CompositeTests.Build();
        var d = w.Ranker.Detail(w["M2"], Now);

        Assert.Equal(55 / 0.7, d.Score!.Value, 9);
        var (dep, fund, mau) = (d.Kpis[0], d.Kpis[1], d.Kpis[2]);
        Assert.Equal(0.5 * 0.5 * 100 / 0.7, dep.Contribution!.Value, 9);
        Assert.Null(fund.Contribution);                                      // no target: dropped out
        Assert.Equal(0.2 * 1.5 * 100 / 0.7, mau.Contribution!.Value, 9);
        Assert.Equal(d.Score.Value, d.Kpis.Sum(k => k.Contribution ?? 0), 9);
        Assert.Equal((999.0, (double?)null, (double?)null), (fund.Value, fund.Target, fund.Completion));
        Assert.Equal(0.5 - (30.0 / 90), dep.Pace!.Value, 12);
    }

    [Fact]
    public void Ranks_among_siblings_by_completion_and_by_score()
    {
        using var w = CompositeTests.Build();
        var d = w.Ranker.Detail(w["M2"], Now);
        Assert.Equal(4, d.SiblingCount);
        Assert.Equal(2, d.ScoreRank);              // 95, 78.6, −10, none
        Assert.Equal(2, d.Kpis[0].SiblingRank);    // dep: 0.8, 0.5, −0.2, none
        Assert.Equal(3, d.Kpis[1].SiblingRank);    // fund: M1 2.0 and M3 0 have targets, M2 none → after them
        Assert.Equal(1, d.Kpis[2].SiblingRank);    // mau: 0.5, 1.5, 0
        Assert.Equal(4, w.Ranker.Detail(w["M4"], Now).ScoreRank);
    }

    [Fact]
    public void Summarises_the_children_against_time_progress()
    {
        using var w = CompositeTests.Build();
        var d = w.Ranker.Detail(w["SB1"], Now);
        Assert.Null(d.Score);                                    // SB1 itself has no targets
        Assert.Equal(new ChildrenSummary(4, 2, 1), d.Children);  // M1 0.95 and M2 0.79 ≥ 0.33; M3 behind; M4 unscored
        Assert.Equal(2, d.Kpis[0].ChildrenAhead);                // dep: 0.8 and 0.5 ≥ 0.33
        Assert.Equal(1, d.Kpis[1].ChildrenAhead);                // fund: M1 only (M3 at 0)
        Assert.Equal(610.0, d.Kpis[0].Value);                    // 80 + 50 − 20 + 500
        Assert.Equal(WorldBuilder.At("2027-01-06T09:00"), d.LastEventTime);
    }

    [Fact]
    public void Hq_has_no_siblings_to_rank_against()
    {
        using var w = CompositeTests.Build();
        var d = w.Ranker.Detail(w["HQ"], Now);
        Assert.Null(d.ScoreRank);
        Assert.All(d.Kpis, k => Assert.Null(k.SiblingRank));
        Assert.Equal(1, d.SiblingCount);
    }
}
