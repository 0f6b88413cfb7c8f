using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// inactive (帮扶名单): no event anywhere in the unit's subtree for InactiveWorkingDays completed working days (warn)
/// or InactiveCriticalWorkingDays (critical). A whole branch or sub-branch gone quiet is one item on that unit —
/// most likely a data feed, not twenty people — and its managers are not listed one by one.
/// <para>
/// The last event time is the latest known, so for a past date the rule can only under-report (a manager active
/// since then does not show as quiet back then).
/// </para>
/// </summary>
internal static class InactiveRule
{
    /// <summary>Adds the findings and returns the units they cover (an inactive sub-branch covers its managers).</summary>
    public static IReadOnlySet<OrgUnit> Evaluate(GuidanceState s, List<Finding> into)
    {
        var covered = new HashSet<OrgUnit>();
        if (s.Moment.Ended)
        {
            return covered;
        }

        var settings = s.Settings;
        for (var i = 0; i < s.Tree.Count; i++)
        {
            var unit = s.Tree[i];
            var quiet = s.QuietWorkingDays(unit);
            if (unit.Level.IsRoot || quiet < settings.InactiveWorkingDays)
            {
                continue;
            }

            var severity = quiet >= settings.InactiveCriticalWorkingDays ? GuidanceSeverity.Critical : GuidanceSeverity.Warn;
            var last = s.LastEventDate(unit) is { } d ? Words.ShortDate(d) : new LocalizedText("本期活动尚无记录", "none yet this campaign");
            if (unit.Level.IsLeaf)
            {
                into.Add(new Finding(unit, GuidanceKind.Inactive, severity, TemplateIds.Inactive)
                    .Figure("quietDays", quiet)
                    .Text("lastEvent", last));
                covered.Add(unit);
                continue;
            }

            var managers = s.ManagersUnder(unit).ToList();
            into.Add(new Finding(unit, GuidanceKind.Inactive, severity, TemplateIds.InactiveUnit)
                .Figure("quietDays", quiet)
                .Figure("managers", managers.Count)
                .Text("lastEvent", last));
            covered.Add(unit);
            covered.UnionWith(managers);
            i = unit.SubtreeEnd - 1;
        }

        return covered;
    }
}
