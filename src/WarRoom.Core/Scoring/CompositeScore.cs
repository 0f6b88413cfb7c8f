using WarRoom.Core.Kpis;

namespace WarRoom.Core.Scoring;

/// <summary>
/// The composite score (综合得分) of DESIGN.md: Σ w_k · clamp(s_k, 0, cap) · 100 / Σ w_k over the campaign KPIs that have
/// a target for the unit; KPIs without a target drop out and the remaining weights renormalise. Evaluated in this
/// order — weighted sum over the campaign's KPI order, times 100, divided by the weight sum — so that every path
/// (incremental, window, brute force) produces the same bits.
/// </summary>
public static class CompositeScore
{
    /// <summary>
    /// The completion a KPI scores with. Higher-is-better KPIs score their completion as is (the term clamps it). A
    /// lower-is-better KPI (a limit) scores
    /// 2 − completion: exactly on the limit scores 1 like a met target, 10% under it scores 1.1 like 10% over a
    /// target, and the same cap applies — otherwise overshooting a limit would raise the score.
    /// </summary>
    public static double ScoreCompletion(double completion, KpiDirection direction) =>
        direction == KpiDirection.LowerIsBetter ? 2 - completion : completion;

    /// <summary>
    /// One KPI's weighted term before renormalisation: w · clamp(s, 0, cap). A net outflow scores that KPI 0, not
    /// below: one reversal on a unit with a small target would otherwise drive the composite to −69,444,444 and bury
    /// every other KPI's result, so a score always lies in [0, 100 × cap].
    /// </summary>
    public static double Term(double weight, double completion, KpiDirection direction, double cap) =>
        weight * Math.Clamp(ScoreCompletion(completion, direction), 0, cap);

    /// <summary>The score from the sum of terms and the sum of weights of the KPIs that have a target; null when none.</summary>
    public static double? FromTerms(double termSum, double weightSum) =>
        weightSum > 0 ? termSum * 100 / weightSum : null;

    /// <summary>One KPI's share of the score: w · clamp(s, 0, cap) · 100 / Σ w (the shares add up to the score).</summary>
    public static double Contribution(double term, double weightSum) => term * 100 / weightSum;
}
