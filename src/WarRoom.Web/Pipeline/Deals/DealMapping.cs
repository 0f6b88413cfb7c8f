using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Pipeline.Deals;

/// <summary>Which events are big deals, and what a screen is told about one: who, where, what, how much.</summary>
public static class DealMapping
{
    /// <summary>
    /// An event of a <c>sum</c> KPI at or above the KPI's big-deal threshold. A <c>latest</c> KPI (MAU, a balance
    /// reported as a level) is never a deal: its reading is a level the unit stands at, not something sold.
    /// </summary>
    public static bool IsBigDeal(Kpi kpi, double value) =>
        kpi.Aggregation == KpiAggregation.Sum && kpi.BigDeal > 0 && value >= kpi.BigDeal;

    /// <summary>
    /// The deal as shown. <see cref="Deal.Manager"/> is the unit the figure was booked on (a manager, or the
    /// sub-branch or branch for a figure with no owner below it); sub-branch and branch are the ones above it.
    /// The event carries no customer, and neither does the deal.
    /// </summary>
    public static Deal From(in EventRecord e, OrgUnit bookedOn, Kpi kpi, Campaign campaign) => new()
    {
        Id = e.Id,
        Time = campaign.ToLocal(e.Time),
        Kpi = kpi.Code,
        KpiName = new LocalizedText(kpi.NameZh, kpi.NameEn),
        Unit = kpi.Unit,
        Amount = Math.Round(e.Value, 2),
        Manager = new UnitRef(bookedOn.Code, bookedOn.Name, bookedOn.NameEn),
        SubBranch = bookedOn.Level > bookedOn.Level.Catalogue.Outlet ? Ref(OrgTree.AncestorAt(bookedOn, bookedOn.Level.Catalogue.Outlet)) : null,
        Branch = bookedOn.Level.Depth > 1 ? Ref(OrgTree.AncestorAt(bookedOn, bookedOn.Level.Catalogue[1])) : null,
    };

    /// <summary>Null where the tree skips a level (a manager straight under a branch): the screen names what exists.</summary>
    private static UnitRef? Ref(OrgUnit? unit) => unit is null ? null : new(unit.Code, unit.Name, unit.NameEn);
}
