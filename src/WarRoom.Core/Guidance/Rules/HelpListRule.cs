using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// pace_lag for managers (the help list, 帮扶名单): a manager whose composite completion (score / 100) is behind
/// time progress by more than PaceLagCritical. Per sub-branch only the ManagerHelpListSize worst are listed — a
/// sub-branch head can coach three people this week, not twelve, and 1,500 managers must not flood the panel.
/// Managers already on the list as inactive are left out: that item says more.
/// </summary>
internal static class HelpListRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into, IReadOnlySet<OrgUnit> quiet)
    {
        var m = s.Moment;
        if (m.DaysLeft == 0 || s.Settings.ManagerHelpListSize == 0)
        {
            return;
        }

        foreach (var subBranch in s.UnitsAt(s.Tree.Levels.Outlet))
        {
            var worst = s.ManagersUnder(subBranch)
                .Where(u => !quiet.Contains(u) && s.Composite(u)?.Score is not null)
                .Select(u => (Unit: u, Row: s.Composite(u)!, Gap: m.TimeProgress - (s.Composite(u)!.Score!.Value / 100)))
                .Where(x => Threshold.Exceeds(x.Gap, s.Settings.PaceLagCritical))
                .OrderByDescending(x => x.Gap).ThenBy(x => x.Unit.Code, StringComparer.Ordinal)
                .Take(s.Settings.ManagerHelpListSize);
            foreach (var (unit, row, gap) in worst)
            {
                // A manager scored only on limits (lower-is-better KPIs) has no KPI to point at; none in the seed.
                var weakest = Weakest(s, unit);
                if (weakest < 0)
                {
                    continue;
                }

                into.Add(new Finding(unit, GuidanceKind.PaceLag, GuidanceSeverity.Critical, TemplateIds.PaceLagManager)
                    .Figure("completion", row.Score!.Value / 100)
                    .Figure("timeProgress", m.TimeProgress)
                    .Figure("gap", gap)
                    .Figure("score", row.Score.Value)
                    .Figure("rank", row.Rank)
                    .Figure("peers", s.Siblings(unit))
                    .Text("weakestKpi", Name(s, weakest))
                    .Text("weakestFocus", s.Focus(weakest)));
            }
        }
    }

    /// <summary>The guided KPI with the lowest completion (first in campaign order on a tie), or −1.</summary>
    public static int Weakest(GuidanceState s, OrgUnit unit)
    {
        var weakest = -1;
        var lowest = double.PositiveInfinity;
        for (var slot = 0; slot < s.Kpis.Count; slot++)
        {
            if (s.Guided(slot) && s.Completion(unit, slot) is { } c && c < lowest)
            {
                (weakest, lowest) = (slot, c);
            }
        }

        return weakest;
    }

    public static LocalizedText Name(GuidanceState s, int slot) => new(s.Kpis[slot].NameZh, s.Kpis[slot].NameEn);
}
