using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// mix_gap: some KPI at ≥ MixGapStrong (1.1) × time progress and some ≥ MixGapWeakPace (20 points) behind it. At 15
/// Feb 00:00 time progress is 0.5: strong from 55 %, weak at 30 % or less. SB1 has targets of 100 on dep, fund, ins.
/// </summary>
public sealed class MixGapRuleTests
{
    private static World Build(double dep, double fund, double ins = 50)
    {
        var w = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Unit("M1", OrgLevel.Manager, "SB1")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 0.4).Kpi("fund", Kpis.KpiAggregation.Sum, 0.3).Kpi("ins", Kpis.KpiAggregation.Sum, 0.3)
            .Target("SB1", "dep", 100).Target("SB1", "fund", 100).Target("SB1", "ins", 100)
            .Build();
        w.Book("M1", "dep", "2027-02-14T10:00", dep);
        w.Book("M1", "fund", "2027-02-14T10:00", fund);
        w.Book("M1", "ins", "2027-02-14T10:00", ins);
        return w;
    }

    private static string[] Items(World w) => GuidanceKit.Of(GuidanceKit.Generate(w, "2027-02-15T00:00"), GuidanceKind.MixGap);

    [Theory]
    [InlineData(54.99, 30, false)] // not strong enough
    [InlineData(55, 30, true)]     // both exactly at their thresholds
    [InlineData(55, 30.01, false)] // not weak enough
    [InlineData(80, 10, true)]
    public void Strong_somewhere_and_weak_elsewhere(double dep, double fund, bool flagged)
    {
        using var w = Build(dep, fund);

        Assert.Equal(flagged ? ["SB1:fund:warn"] : [], Items(w));
    }

    [Fact]
    public void The_item_is_about_the_weakest_kpi_and_names_both_lists()
    {
        using var w = Build(70, 25, 20);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-02-15T00:00"), GuidanceKind.MixGap, "SB1");

        Assert.Equal("ins", item.Kpi?.Code);
        Assert.Equal(["dep"], item.StrongKpis.Select(k => k.Code));
        Assert.Equal(["ins", "fund"], item.WeakKpis.Select(k => k.Code)); // weakest first
        Assert.Equal([("timeProgress", 0.5), ("strongCount", 1), ("weakCount", 2), ("bestCompletion", 0.7), ("worstCompletion", 0.2)],
            GuidanceKit.Figures(item));
        Assert.Equal("SB1指标结构失衡：dep进度领先，ins、fund明显落后时间进度，其中ins完成率仅20.0%（时间进度50.0%）。", item.Message.Zh);
        Assert.Equal("SB1 is unbalanced: ahead on dep but well behind time progress on ins, fund; ins is at only 20.0% (time progress 50.0%).", item.Message.En);
    }
}
