using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// mix_gap (结构失衡) for branches and sub-branches: at least one KPI strong — completion ≥ MixGapStrong × time
/// progress — and at least one weak — MixGapWeakPace or more behind time progress. The item is about the weakest
/// KPI (the one to act on) and names both lists. Warn.
/// </summary>
internal static class MixGapRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        var tp = s.TimeProgress;
        if (s.Moment.Ended || tp <= 0)
        {
            return;
        }

        foreach (var unit in s.Tree.Units.Where(u => u.Level.IsMiddle))
        {
            var strong = new List<int>();
            var weak = new List<int>();
            for (var slot = 0; slot < s.Kpis.Count; slot++)
            {
                if (!s.Guided(slot) || s.Completion(unit, slot) is not { } c)
                {
                    continue;
                }

                if (c > 0 && Threshold.Reaches(c, s.Settings.MixGapStrong * tp))
                {
                    strong.Add(slot);
                }
                else if (Threshold.Reaches(tp - c, s.Settings.MixGapWeakPace))
                {
                    weak.Add(slot);
                }
            }

            if (strong.Count == 0 || weak.Count == 0)
            {
                continue;
            }

            // Lowest completion first; campaign order on a tie (OrderBy is stable).
            weak = [.. weak.OrderBy(slot => s.Completion(unit, slot)!.Value)];
            into.Add(new Finding(unit, GuidanceKind.MixGap, GuidanceSeverity.Warn, TemplateIds.MixGap, weak[0]) { StrongSlots = strong, WeakSlots = weak }
                .Figure("timeProgress", tp)
                .Figure("strongCount", strong.Count)
                .Figure("weakCount", weak.Count)
                .Figure("bestCompletion", strong.Max(slot => s.Completion(unit, slot)!.Value))
                .Figure("worstCompletion", s.Completion(unit, weak[0])!.Value)
                .Text("strongKpis", Words.List(strong.Select(slot => HelpListRule.Name(s, slot))))
                .Text("weakKpis", Words.List(weak.Select(slot => HelpListRule.Name(s, slot)))));
        }
    }
}
