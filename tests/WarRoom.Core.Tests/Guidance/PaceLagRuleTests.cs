using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance;
using WarRoom.Core.Kpis;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// pace_lag on branches and sub-branches. Calendar progress from 1 Jan to 1 Apr: at 15 Feb 00:00 time progress is
/// exactly 45/90 = 0.5 and 45 days are left, so completion 0.45 is exactly 5 points behind.
/// </summary>
public sealed class PaceLagRuleTests
{
    private const string Now = "2027-02-15T00:00";

    private static World Build(double value, string kpi = "dep", KpiDirection direction = KpiDirection.HigherIsBetter)
    {
        var b = new WorldBuilder()
            .Unit("HQ", Org.OrgLevel.Hq, null)
            .Unit("BR1", Org.OrgLevel.Branch, "HQ")
            .Unit("SB1", Org.OrgLevel.SubBranch, "BR1")
            .Unit("M1", Org.OrgLevel.Manager, "SB1")
            .Kpi("dep", KpiAggregation.Sum, 1.0)
            .Kpi("limit", KpiAggregation.Sum, 1.0, direction)
            .Target("SB1", kpi, 1000);
        var w = b.Build();
        w.Book("M1", kpi, "2027-02-14T10:00", value);
        return w;
    }

    [Theory]
    [InlineData(451, null)]         // 4.9 points behind
    [InlineData(450, null)]         // exactly 5 points: "more than" is not met
    [InlineData(449, "warn")]       // 5.1 points
    [InlineData(350, "warn")]       // exactly 15 points: still warn
    [InlineData(349, "critical")]   // 15.1 points
    [InlineData(-20, "critical")]   // a net outflow is behind too
    public void Severity_follows_the_gap_to_time_progress(double value, string? severity)
    {
        using var w = Build(value);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag);

        Assert.Equal(severity is null ? [] : [$"SB1:dep:{severity}"], items);
    }

    [Fact]
    public void Figures_carry_the_daily_amount_still_needed()
    {
        using var w = Build(449);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag, "SB1");

        Assert.Equal(["completion", "timeProgress", "dailyNeeded", "value", "target", "gap", "daysLeft"], item.Figures.Select(f => f.Key));
        Assert.Equal(0.449, item.Figures["completion"]);
        Assert.Equal(0.5, item.Figures["timeProgress"]);
        Assert.Equal(12.2444, item.Figures["dailyNeeded"], 4); // (1000 − 449) / 45
        Assert.Equal(45, item.Figures["daysLeft"]);
        Assert.Equal("pace_lag", item.Template);
        Assert.Contains("日均需新增12万元", item.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("45 days left, 12 RMB 10k a day", item.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Critical_items_use_the_escalation_wording()
    {
        using var w = Build(300);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag, "SB1");

        Assert.Equal("pace_lag_critical", item.Template);
        Assert.Contains("报BR1督导", item.Action.Zh, StringComparison.Ordinal);
        Assert.Contains("落后时间进度20.0个百分点", item.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_a_target_gets_no_item()
    {
        using var w = Build(0);

        Assert.DoesNotContain(GuidanceKit.Generate(w, Now).Items, i => i.Kind == GuidanceKind.PaceLag && i.Unit.Code == "BR1");
    }

    [Fact]
    public void A_lower_is_better_kpi_is_left_to_the_composite()
    {
        using var w = Build(0, "limit", KpiDirection.LowerIsBetter);

        Assert.Empty(GuidanceKit.Of(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag));
    }

    [Fact]
    public void Nothing_is_left_to_catch_up_after_the_end()
    {
        using var w = Build(100);

        Assert.Empty(GuidanceKit.Of(GuidanceKit.Generate(w, "2027-04-01T08:00"), GuidanceKind.PaceLag));
        Assert.Empty(GuidanceKit.Generate(w, "2026-12-31T08:00").Items);
    }

    [Theory]
    [InlineData(ProgressMode.Workdays, null, 34)]  // 25 of 59 working days gone: 42.4%, on pace
    [InlineData(ProgressMode.Calendar, "warn", 47)] // 43.5 of 90 days gone: 48.3%, 6 points behind
    public void Working_day_progress_does_not_count_the_spring_festival_against_anyone(ProgressMode mode, string? severity, int daysLeft)
    {
        var b = new WorldBuilder { ProgressMode = mode, Calendar = Campaigns.Calendar2027.Calendar() }
            .Unit("HQ", Org.OrgLevel.Hq, null).Unit("BR1", Org.OrgLevel.Branch, "HQ").Unit("SB1", Org.OrgLevel.SubBranch, "BR1")
            .Unit("M1", Org.OrgLevel.Manager, "SB1").Kpi("dep", KpiAggregation.Sum, 1.0).Target("SB1", "dep", 59);
        using var w = b.Build();
        w.Book("M1", "dep", "2027-02-04T10:00", 25); // on pace at the last working day before the break

        var report = GuidanceKit.Generate(w, "2027-02-13T12:00"); // Saturday, the break's last day

        Assert.Equal(severity is null ? [] : [$"SB1:dep:{severity}"], GuidanceKit.Of(report, GuidanceKind.PaceLag));
        Assert.Equal(daysLeft, report.DaysLeft);
    }
}
