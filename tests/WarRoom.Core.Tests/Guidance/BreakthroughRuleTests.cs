using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// breakthrough: at or above 100 % now and below it at the close before the last BreakthroughWorkingDays (2)
/// counted days. Calendar mode: at 20 Jan 10:00 the window is 19–20 Jan, so the close looked back to is 18 Jan's.
/// </summary>
public sealed class BreakthroughRuleTests
{
    private static World Build(ProgressMode mode = ProgressMode.Calendar, double managerTarget = double.NaN)
    {
        var b = new WorldBuilder { ProgressMode = mode }
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 1.0).Target("SB1", "dep", 100);
        if (!double.IsNaN(managerTarget))
        {
            b.Target("M1", "dep", managerTarget);
        }

        return b.Build();
    }

    [Theory]
    [InlineData(90, 9.99, false)]  // 99.99 %: just below
    [InlineData(90, 10, true)]     // exactly 100 %, crossed yesterday
    [InlineData(90, 11, true)]     // 101 %
    [InlineData(100, 5, false)]    // passed on 18 Jan: old news
    [InlineData(99.99, 0.02, true)]
    public void Passed_the_target_within_the_window(double byEighteenth, double onNineteenth, bool announced)
    {
        using var w = Build();
        w.Book("M1", "dep", "2027-01-18T15:00", byEighteenth);
        w.Book("M2", "dep", "2027-01-19T15:00", onNineteenth);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-20T10:00"), GuidanceKind.Breakthrough);

        Assert.Equal(announced ? ["SB1:dep:info"] : [], items);
    }

    [Theory]
    [InlineData("2027-01-08T15:00", true)]  // Friday: Monday's window is Mon + Fri
    [InlineData("2027-01-07T15:00", false)] // Thursday
    public void The_window_counts_working_days_in_workday_mode(string crossed, bool announced)
    {
        using var w = Build(ProgressMode.Workdays);
        w.Book("M1", "dep", "2027-01-06T15:00", 50);
        w.Book("M2", "dep", crossed, 50);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-11T10:00"), GuidanceKind.Breakthrough);

        Assert.Equal(announced ? ["SB1:dep:info"] : [], items);
    }

    [Fact]
    public void Early_in_the_campaign_everything_so_far_is_recent()
    {
        using var w = Build();
        w.Book("M1", "dep", "2027-01-01T15:00", 120);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-02T10:00"), GuidanceKind.Breakthrough, "SB1");

        Assert.Equal([("completion", 1.2), ("value", 120), ("target", 100)], GuidanceKit.Figures(item));
        Assert.Equal("喜报：SB1dep达120万元，完成率120.0%，提前完成全期目标。", item.Message.Zh);
    }

    [Theory]
    [InlineData(95, 5, true)]  // score 100 reached yesterday
    [InlineData(95, 4, false)] // 99
    [InlineData(100, 5, false)]
    public void A_managers_composite_reaching_100_is_news(double byEighteenth, double onNineteenth, bool announced)
    {
        using var w = Build(managerTarget: 100);
        w.Book("M1", "dep", "2027-01-18T15:00", byEighteenth);
        w.Book("M1", "dep", "2027-01-19T15:00", onNineteenth);

        var report = GuidanceKit.Generate(w, "2027-01-20T10:00");

        Assert.Equal(announced ? ["M1:info"] : [], GuidanceKit.Of(report, GuidanceKind.Breakthrough).Where(k => k.StartsWith('M')));
        if (announced)
        {
            Assert.Equal("breakthrough_overall", GuidanceKit.Single(report, GuidanceKind.Breakthrough, "M1").Template);
        }
    }
}
