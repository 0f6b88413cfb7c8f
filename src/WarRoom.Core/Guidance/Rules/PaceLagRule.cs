using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// pace_lag for branches and sub-branches, per KPI: completion behind time progress by more than PaceLagWarn (warn)
/// or PaceLagCritical (critical), with the daily amount still needed: (target − value) / days left. Silent once no
/// day is left: the final standings are in the rankings, there is nothing to catch up. The outlook sentence gives
/// the run-rate forecast ("按当前进度预计完成 87%") where there is one. Not for a level (a ratio or a daily
/// average): it has no "amount per day still needed" and is not meant to grow with time.
/// </summary>
internal static class PaceLagRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        var m = s.Moment;
        if (m.DaysLeft == 0)
        {
            return;
        }

        foreach (var unit in s.Tree.Units.Where(u => u.Level.IsMiddle))
        {
            for (var slot = 0; slot < s.Kpis.Count; slot++)
            {
                if (!s.Guided(slot) || s.Kpis[slot].IsLevel || s.Target(unit, slot) is not { } target)
                {
                    continue;
                }

                var value = s.Value(unit, slot);
                var completion = value / target;
                var gap = m.TimeProgress - completion;
                var critical = Threshold.Exceeds(gap, s.Settings.PaceLagCritical);
                if (!critical && !Threshold.Exceeds(gap, s.Settings.PaceLagWarn))
                {
                    continue;
                }

                var finding = new Finding(unit, GuidanceKind.PaceLag,
                    critical ? GuidanceSeverity.Critical : GuidanceSeverity.Warn,
                    critical ? TemplateIds.PaceLagCritical : TemplateIds.PaceLag, slot);
                into.Add(finding
                    .Figure("completion", completion)
                    .Figure("timeProgress", m.TimeProgress)
                    .Figure("dailyNeeded", (target - value) / m.DaysLeft)
                    .Figure("value", value)
                    .Figure("target", target)
                    .Figure("gap", gap)
                    .Figure("daysLeft", m.DaysLeft)
                    .Text("days", Words.Days(m.DaysLeft, s.Campaign.ProgressMode))
                    .Text("outlook", Words.Outlook(s.Forecast(unit, slot), s.Campaign.LocalDate(s.Campaign.End.AddTicks(-1)))));
            }
        }
    }
}
