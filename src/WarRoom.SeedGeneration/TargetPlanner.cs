using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>
/// Decomposes each KPI's HQ target down the tree (目标分解). The HQ total is the KPI's per-manager target times the
/// number of managers, rounded to three significant figures. Each parent's target is split among its children in
/// proportion to capacity × jitter — capacity being the sum of the managers' seniority factors below the child,
/// jitter a deterministic factor drawn per unit and KPI (0.90–1.10 for the branch levels and sub-branches, 0.85–1.15
/// for managers) — in whole steps of the KPI's decimals with <see cref="LargestRemainder"/>, so children add up exactly.
/// A ratio's target is a rate, not an amount: every unit is set the same one.
/// </summary>
internal static class TargetPlanner
{
    /// <summary>Targets in whole steps of each KPI's decimals, indexed [unit index, KPI index].</summary>
    public static long[,] Plan(PlannedOrg org, IReadOnlyList<KpiSpec> kpis, int seed)
    {
        var random = new SeedRandom(seed, "targets");
        var managers = org.Units.Count(u => u.Level.IsLeaf);
        var steps = new long[org.Units.Count, kpis.Count];
        for (var k = 0; k < kpis.Count; k++)
        {
            if (kpis[k].IsRatio)
            {
                foreach (var unit in org.Units)
                {
                    steps[unit.Index, k] = (long)(kpis[k].PerManagerTarget * kpis[k].Scale);
                }

                continue;
            }

            steps[org.Root.Index, k] = (long)(HqTotal(kpis[k], managers) * kpis[k].Scale);
            foreach (var parent in org.Units)
            {
                if (parent.Children.Count == 0)
                {
                    continue;
                }

                var spread = parent.Children[0].Level.IsLeaf ? 0.15 : 0.10;
                var weights = parent.Children.Select(c => c.Capacity * random.Between(1 - spread, 1 + spread)).ToList();
                var shares = LargestRemainder.Split(steps[parent.Index, k], weights);
                for (var c = 0; c < shares.Length; c++)
                {
                    steps[parent.Children[c].Index, k] = shares[c];
                }
            }
        }

        return steps;
    }

    public static decimal HqTotal(KpiSpec kpi, int managers) => ThreeSignificantFigures(kpi.PerManagerTarget * managers);

    private static decimal ThreeSignificantFigures(decimal value)
    {
        decimal step = 1;
        while (value / step >= 1000)
        {
            step *= 10;
        }

        return Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
    }
}
