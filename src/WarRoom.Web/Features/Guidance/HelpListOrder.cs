using WarRoom.Core.Guidance;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// The order a command-room help list (智能帮扶) shows guidance in, worst first across the whole scope. On a bank-wide
/// screen (scope HQ) the branches and sub-branches come before any manager: their lag is the head office's business,
/// the managers' is the branch heads'. Within that: severity; units above the manager level before managers; the gap
/// to time progress, largest lag first (items without one after those with one); then the engine's order. A panel
/// shows only a few rows, so within each band one branch may take at most <see cref="PerGroup"/> of the leading
/// places; its further items follow after every other branch's. A "branch" is the child of the screen's scope the
/// unit lies in (a sub-branch on a branch board).
/// </summary>
public static class HelpListOrder
{
    public const int PerGroup = 2;

    public static IEnumerable<GuidanceItem> Arrange(IEnumerable<GuidanceItem> items, OrgUnit scope) =>
        items
            .Select((item, index) => (Item: item, Index: index))
            .GroupBy(x => (ManagersLast: scope.Level.IsRoot && IsManager(x.Item) ? 1 : 0, x.Item.Severity))
            .OrderBy(band => band.Key.ManagersLast).ThenBy(band => band.Key.Severity)
            .SelectMany(band => CapPerGroup(band
                .OrderBy(x => IsManager(x.Item) ? 1 : 0)
                .ThenBy(x => Gap(x.Item) ?? double.PositiveInfinity)
                .ThenBy(x => x.Index)
                .Select(x => x.Item), scope));

    private static bool IsManager(GuidanceItem item) => item.Unit.Level.IsLeaf;

    /// <summary>Within one severity: at most <see cref="PerGroup"/> items per branch lead; the rest follow in order.</summary>
    private static IEnumerable<GuidanceItem> CapPerGroup(IEnumerable<GuidanceItem> ranked, OrgUnit scope)
    {
        var taken = new Dictionary<OrgUnit, int>();
        var deferred = new List<GuidanceItem>();
        foreach (var item in ranked)
        {
            var group = Group(item.Unit, scope);
            var count = taken.GetValueOrDefault(group);
            if (count < PerGroup)
            {
                taken[group] = count + 1;
                yield return item;
            }
            else
            {
                deferred.Add(item);
            }
        }

        foreach (var item in deferred)
        {
            yield return item;
        }
    }

    /// <summary>Completion minus time progress (negative: behind), where the item has both figures.</summary>
    public static double? Gap(GuidanceItem item) =>
        item.Figures.TryGet("completion", out var completion) && item.Figures.TryGet("timeProgress", out var time)
            ? completion - time
            : null;

    private static OrgUnit Group(OrgUnit unit, OrgUnit scope)
    {
        var group = unit;
        while (group.Parent is { } parent && parent != scope)
        {
            group = parent;
        }

        return group;
    }
}
