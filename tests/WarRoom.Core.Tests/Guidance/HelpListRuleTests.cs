using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// pace_lag on managers (the help list): composite completion more than PaceLagCritical behind, at most
/// ManagerHelpListSize per sub-branch, the worst first. Time progress is 0.5 at 15 Feb 00:00 (calendar mode).
/// </summary>
public sealed class HelpListRuleTests
{
    private const string Now = "2027-02-15T00:00";

    /// <summary>SB1 with M1…Mn, each with a dep target of 100 and the completion given (booked on Friday 12 Feb).</summary>
    private static World Build(GuidanceSettings settings, params double[] completions)
    {
        var b = new WorldBuilder { Guidance = settings }
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Kpi("dep", KpiAggregation.Sum, 1.0);
        for (var i = 0; i < completions.Length; i++)
        {
            b.Unit($"M{i + 1}", OrgLevel.Manager, "SB1").Target($"M{i + 1}", "dep", 100);
        }

        var w = b.Build();
        for (var i = 0; i < completions.Length; i++)
        {
            w.Book($"M{i + 1}", "dep", "2027-02-12T10:00", completions[i] * 100);
        }

        return w;
    }

    [Theory]
    [InlineData(0.351, false)] // 14.9 points behind
    [InlineData(0.35, false)]  // exactly 15 points: not more than
    [InlineData(0.349, true)]  // 15.1 points
    public void A_manager_enters_the_list_beyond_the_critical_gap(double completion, bool listed)
    {
        using var w = Build(new GuidanceSettings(), completion, 0.9);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag);

        Assert.Equal(listed ? ["M1:critical"] : [], items);
    }

    [Fact]
    public void Only_the_worst_few_per_sub_branch_are_listed_in_tree_order()
    {
        using var w = Build(new GuidanceSettings { ManagerHelpListSize = 3 }, 0.30, 0.9, 0.05, 0.20, 0.10);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag);

        Assert.Equal(["M3:critical", "M4:critical", "M5:critical"], items); // M1 (0.30) is fourth worst
    }

    [Fact]
    public void A_list_size_of_zero_turns_the_list_off()
    {
        using var w = Build(new GuidanceSettings { ManagerHelpListSize = 0 }, 0.05, 0.9);

        Assert.Empty(GuidanceKit.Of(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag));
    }

    [Fact]
    public void A_quiet_manager_is_listed_as_inactive_not_twice()
    {
        using var w = Build(new GuidanceSettings(), 0.05, 0.9, 0.10);
        w.Book("M2", "dep", "2027-02-17T10:00", 1); // M1 last booked on Friday 12 Feb
        w.Book("M3", "dep", "2027-02-17T10:00", 1);

        var report = GuidanceKit.Generate(w, "2027-02-18T09:00"); // Thursday: M1 quiet Mon–Wed, both far behind

        Assert.Equal(["M1:warn"], GuidanceKit.Of(report, GuidanceKind.Inactive));
        Assert.Equal(["M3:critical"], GuidanceKit.Of(report, GuidanceKind.PaceLag));
    }

    [Fact]
    public void The_item_names_rank_and_weakest_kpi()
    {
        var b = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1").Unit("M2", OrgLevel.Manager, "SB1")
            .Kpi("dep", KpiAggregation.Sum, 0.5).Kpi("fund", KpiAggregation.Sum, 0.5)
            .Target("M1", "dep", 100).Target("M1", "fund", 100).Target("M2", "dep", 100);
        using var w = b.Build();
        w.Book("M1", "dep", "2027-02-12T10:00", 30);
        w.Book("M1", "fund", "2027-02-12T10:00", 10);
        w.Book("M2", "dep", "2027-02-12T10:00", 90);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, Now), GuidanceKind.PaceLag, "M1");

        Assert.Equal("pace_lag_manager", item.Template);
        Assert.Null(item.Kpi);
        Assert.Equal([("completion", 0.2), ("timeProgress", 0.5), ("gap", 0.3), ("score", 20), ("rank", 2), ("peers", 2)], GuidanceKit.Figures(item));
        Assert.Equal("M1（SB1）综合完成率20.0%，落后时间进度30.0个百分点，在本支行2名客户经理中排第2名，fund最为薄弱。", item.Message.Zh);
        Assert.Contains("around fund focus,", item.Action.En, StringComparison.Ordinal);
    }
}
