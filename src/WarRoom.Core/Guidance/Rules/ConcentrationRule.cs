using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// concentration: one manager carries at least ConcentrationShare of a branch's or sub-branch's campaign-to-date
/// result for a KPI — a risk (leave, a lost customer) and a sign the others are not selling it. Needs a positive
/// result of at least ConcentrationMinCompletion of the target and two or more managers. Warn. Not for a ratio: a
/// manager's rate is no share of the branch's.
/// </summary>
internal static class ConcentrationRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        if (s.Moment.Ended)
        {
            return;
        }

        foreach (var unit in s.Tree.Units.Where(u => u.Level.IsMiddle))
        {
            var managers = s.ManagersUnder(unit).ToList();
            if (managers.Count < 2)
            {
                continue;
            }

            for (var slot = 0; slot < s.Kpis.Count; slot++)
            {
                if (!s.Guided(slot) || !s.Kpis[slot].IsAdditive || s.Target(unit, slot) is not { } target)
                {
                    continue;
                }

                var value = s.Value(unit, slot);
                if (value <= 0 || !Threshold.Reaches(value / target, s.Settings.ConcentrationMinCompletion))
                {
                    continue;
                }

                var top = Top(s, managers, slot);
                var share = s.Value(top, slot) / value;
                if (!Threshold.Reaches(share, s.Settings.ConcentrationShare))
                {
                    continue;
                }

                into.Add(new Finding(unit, GuidanceKind.Concentration, GuidanceSeverity.Warn, TemplateIds.Concentration, slot) { Subject = top }
                    .Figure("share", share)
                    .Figure("value", value)
                    .Figure("subjectValue", s.Value(top, slot))
                    .Figure("completion", value / target)
                    .Figure("managers", managers.Count)
                    .Text("subject", Words.Name(top)));
            }
        }
    }

    /// <summary>The manager with the largest value; a tie goes to the lower code, as in the rankings.</summary>
    private static OrgUnit Top(GuidanceState s, List<OrgUnit> managers, int slot)
    {
        var top = managers[0];
        foreach (var m in managers)
        {
            var (v, best) = (s.Value(m, slot), s.Value(top, slot));
            if (v > best || (v == best && string.CompareOrdinal(m.Code, top.Code) < 0))
            {
                top = m;
            }
        }

        return top;
    }
}
