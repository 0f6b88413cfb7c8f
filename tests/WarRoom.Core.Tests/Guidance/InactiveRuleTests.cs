using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// inactive: completed working days (Monday–Friday here) after the last event and before today. Warn at
/// InactiveWorkingDays (3), critical at InactiveCriticalWorkingDays (5).
/// </summary>
public sealed class InactiveRuleTests
{
    /// <summary>HQ → BR1 → SB1 (M1, M2), SB2 (M3). M2 and M3 book every morning up to <paramref name="today"/>.</summary>
    private static World Build(string today, string? m1Last)
    {
        var w = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ")
            .Unit("SB1", OrgLevel.SubBranch, "BR1").Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Unit("SB2", OrgLevel.SubBranch, "BR1").Unit("M3", OrgLevel.Manager, "SB2")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 1.0)
            .Build();
        for (var d = new DateOnly(2027, 1, 1); d <= DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture); d = d.AddDays(1))
        {
            w.Book("M2", "dep", $"{d:yyyy-MM-dd}T08:00", 1);
            w.Book("M3", "dep", $"{d:yyyy-MM-dd}T08:00", 1);
        }

        if (m1Last is not null)
        {
            w.Book("M1", "dep", m1Last, 1);
        }

        return w;
    }

    [Theory]
    [InlineData("2027-01-07", null)]       // quiet Tue, Wed: 2
    [InlineData("2027-01-08", "warn")]     // Tue–Thu: 3
    [InlineData("2027-01-11", "warn")]     // Tue–Fri: 4 (the weekend does not count)
    [InlineData("2027-01-12", "critical")] // Tue–Mon: 5
    public void Quiet_working_days_since_the_last_event(string today, string? severity)
    {
        using var w = Build(today, "2027-01-04T16:00");

        var report = GuidanceKit.Generate(w, today + "T09:00");

        Assert.Equal(severity is null ? [] : [$"M1:{severity}"], GuidanceKit.Of(report, GuidanceKind.Inactive));
    }

    [Fact]
    public void The_item_names_the_last_booking()
    {
        using var w = Build("2027-01-11", "2027-01-04T16:00");

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-11T09:00"), GuidanceKind.Inactive, "M1");

        Assert.Equal("inactive", item.Template);
        Assert.Equal(4, item.Figures["quietDays"]);
        Assert.Equal("M1（SB1）已连续4个工作日无业绩记录，最近一笔：1月4日。", item.Message.Zh);
        Assert.Equal("M1 (SB1) has booked nothing for 4 working days; last booking: 4 Jan.", item.Message.En);
    }

    [Fact]
    public void A_manager_who_never_booked_counts_from_the_first_day()
    {
        using var w = Build("2027-01-06", null); // Fri 1 – Tue 5 Jan: 1, 4, 5 are working days

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-06T09:00"), GuidanceKind.Inactive, "M1");

        Assert.Equal(3, item.Figures["quietDays"]);
        Assert.EndsWith("最近一笔：本期活动尚无记录。", item.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiet_sub_branch_is_one_item_instead_of_one_per_manager()
    {
        using var quiet = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ")
            .Unit("SB1", OrgLevel.SubBranch, "BR1").Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Unit("SB2", OrgLevel.SubBranch, "BR1").Unit("M3", OrgLevel.Manager, "SB2")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 1.0)
            .Build();
        quiet.Book("M1", "dep", "2027-01-04T10:00", 1);
        quiet.Book("M2", "dep", "2027-01-05T10:00", 1);
        quiet.Book("M3", "dep", "2027-01-11T10:00", 1);

        var report = GuidanceKit.Generate(quiet, "2027-01-12T09:00");

        Assert.Equal(["SB1:warn"], GuidanceKit.Of(report, GuidanceKind.Inactive)); // quiet Wed–Mon: 4
        var item = GuidanceKit.Single(report, GuidanceKind.Inactive, "SB1");
        Assert.Equal("inactive_unit", item.Template);
        Assert.Equal(2, item.Figures["managers"]);
        Assert.StartsWith("先核查数据报送", item.Action.Zh, StringComparison.Ordinal);
    }
}
