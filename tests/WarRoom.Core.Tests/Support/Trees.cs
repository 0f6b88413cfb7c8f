using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Tests.Support;

/// <summary>Hand-sized trees the example tests share.</summary>
internal static class Trees
{
    /// <summary>
    /// HQ → BR1 (SB11: M111 M112; SB12: M121) and BR2 (SB21: M211 M212). KPIs: dep (sum, weight 0.6), mau (latest,
    /// weight 0.4), cost (sum, not in the campaign). No targets: tests add what they need.
    /// </summary>
    public static WorldBuilder Small() => new WorldBuilder()
        .Unit("HQ", OrgLevel.Hq, null)
        .Unit("BR1", OrgLevel.Branch, "HQ")
        .Unit("SB11", OrgLevel.SubBranch, "BR1")
        .Unit("M111", OrgLevel.Manager, "SB11")
        .Unit("M112", OrgLevel.Manager, "SB11")
        .Unit("SB12", OrgLevel.SubBranch, "BR1")
        .Unit("M121", OrgLevel.Manager, "SB12")
        .Unit("BR2", OrgLevel.Branch, "HQ")
        .Unit("SB21", OrgLevel.SubBranch, "BR2")
        .Unit("M211", OrgLevel.Manager, "SB21")
        .Unit("M212", OrgLevel.Manager, "SB21")
        .Kpi("dep", KpiAggregation.Sum, 0.6)
        .Kpi("mau", KpiAggregation.Latest, 0.4)
        .Kpi("cost");

    /// <summary>
    /// HQ → BR1 → SB1 with the managers given, in that order (codes chosen to test ordinal tie order); one KPI, dep
    /// (sum, weight 1). Tests add KPIs and targets.
    /// </summary>
    public static WorldBuilder Flat(params string[] managers)
    {
        var b = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null)
            .Unit("BR1", OrgLevel.Branch, "HQ")
            .Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Kpi("dep", KpiAggregation.Sum, 1.0);
        foreach (var m in managers)
        {
            b.Unit(m, OrgLevel.Manager, "SB1");
        }

        return b;
    }
}
