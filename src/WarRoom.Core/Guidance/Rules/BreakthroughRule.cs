using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// breakthrough (喜报): a target passed recently — at or above 100 % now, below it at the close before the window of
/// BreakthroughWorkingDays counted days (today and the previous counted day at the default of 2, so Monday morning
/// still shows Friday's). Branches and sub-branches per KPI; managers on the composite (score reaching 100),
/// because per KPI a campaign's last weeks would announce hundreds of managers a day. Info; also after the end.
/// </summary>
internal static class BreakthroughRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        var close = s.LookbackClose();
        foreach (var unit in s.Tree.Units)
        {
            if (unit.Level.IsMiddle)
            {
                ForKpis(s, unit, close, into);
            }
            else if (unit.Level.IsLeaf && s.Composite(unit)?.Score is { } score && Threshold.Reaches(score, 100)
                && !(close is { } c && s.ScoreAt(unit, c) is { } before && Threshold.Reaches(before, 100)))
            {
                into.Add(new Finding(unit, GuidanceKind.Breakthrough, GuidanceSeverity.Info, TemplateIds.BreakthroughOverall)
                    .Figure("score", score)
                    .Text("bestKpi", TopPerformerRule.BestKpi(s, unit)));
            }
        }
    }

    private static void ForKpis(GuidanceState s, OrgUnit unit, DateTimeOffset? close, List<Finding> into)
    {
        for (var slot = 0; slot < s.Kpis.Count; slot++)
        {
            if (!s.Guided(slot) || s.Target(unit, slot) is not { } target)
            {
                continue;
            }

            var value = s.Value(unit, slot);
            if (!Threshold.Reaches(value / target, 1) || (close is { } c && Threshold.Reaches(s.ValueAt(unit, slot, c) / target, 1)))
            {
                continue;
            }

            into.Add(new Finding(unit, GuidanceKind.Breakthrough, GuidanceSeverity.Info, TemplateIds.Breakthrough, slot)
                .Figure("completion", value / target)
                .Figure("value", value)
                .Figure("target", target));
        }
    }
}
