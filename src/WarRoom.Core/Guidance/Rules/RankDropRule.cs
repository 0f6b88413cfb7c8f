using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// rank_drop for branches and sub-branches: fell RankDropPlaces or more places among its siblings (same parent, all
/// peer groups) on the composite score, campaign to date, since the previous day's close. Managers are left out:
/// among twenty colleagues a few places a day is noise, and the help list already covers who is behind.
/// </summary>
internal static class RankDropRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        if (s.Moment.Ended)
        {
            return;
        }

        foreach (var unit in s.Tree.Units.Where(u => u.Level.IsMiddle))
        {
            if (s.Composite(unit) is not { Score: { } score, RankChange: { } change } row || -change < s.Settings.RankDropPlaces)
            {
                continue;
            }

            into.Add(new Finding(unit, GuidanceKind.RankDrop, GuidanceSeverity.Warn, TemplateIds.RankDrop)
                .Figure("rank", row.Rank)
                .Figure("previousRank", row.Rank + change)
                .Figure("places", -change)
                .Figure("peers", s.Siblings(unit))
                .Figure("score", score));
        }
    }
}
