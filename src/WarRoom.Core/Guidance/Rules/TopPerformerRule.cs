using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Rules;

/// <summary>
/// top_performer (标兵): first on the composite score within its peer group (同类行) — branches and sub-branches across
/// the bank, managers within their branch — with a score above 0 and at least one peer. Info; also after the end.
/// </summary>
internal static class TopPerformerRule
{
    public static void Evaluate(GuidanceState s, List<Finding> into)
    {
        foreach (var leader in s.Leaders)
        {
            var unit = leader.Unit;
            var scope = leader.Scope.Level.IsRoot ? new LocalizedText("全行", "the bank") : Words.Name(leader.Scope);
            var finding = new Finding(unit, GuidanceKind.TopPerformer, GuidanceSeverity.Info, TemplateIds.TopPerformer)
                .Figure("score", leader.Score)
                .Figure("peers", leader.Peers)
                .Figure("completion", leader.Score / 100)
                .Text("peerGroup", LocalizedText.Both(unit.PeerGroup))
                .Text("scope", scope);
            into.Add(finding.Text("bestKpi", BestKpi(s, unit)));
        }
    }

    /// <summary>The guided KPI with the highest completion (first in campaign order on a tie).</summary>
    public static LocalizedText BestKpi(GuidanceState s, OrgUnit unit)
    {
        var best = -1;
        var highest = double.NegativeInfinity;
        for (var slot = 0; slot < s.Kpis.Count; slot++)
        {
            if (s.Guided(slot) && s.Completion(unit, slot) is { } c && c > highest)
            {
                (best, highest) = (slot, c);
            }
        }

        return best < 0 ? new LocalizedText("综合得分", "the composite score") : HelpListRule.Name(s, best);
    }
}
