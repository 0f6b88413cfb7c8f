using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance;

/// <summary>
/// All guidance for the bank as of <paramref name="AsOf"/> (figures from aggregates <paramref name="Version"/>),
/// in output order: severity (critical first), then unit in pre-order (a parent before its children, children in
/// seed order), then kind (<see cref="GuidanceKind"/> declaration order), then KPI in the campaign's order.
/// </summary>
public sealed record GuidanceReport(
    DateTimeOffset AsOf,
    long Version,
    double TimeProgress,
    int DaysLeft,
    IReadOnlyList<GuidanceItem> Items)
{
    /// <summary>The items about units inside <paramref name="scope"/> (the scope itself included), order kept.</summary>
    public IEnumerable<GuidanceItem> Within(OrgUnit scope) => Items.Where(i => i.Unit.IsWithin(scope));
}
