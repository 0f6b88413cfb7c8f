namespace WarRoom.SeedGeneration;

/// <summary>
/// Last year's targets: each manager's this year's target less a tenth (integer steps, rounded down), every parent the
/// sum of its children, as this year's are — a bank raises its 开门红 targets year on year. A ratio's target is a rate, the
/// same on every unit (as <see cref="TargetPlanner"/> sets it): a tenth lower everywhere, never summed.
/// </summary>
internal static class LastYearTargets
{
    public static long[,] From(PlannedOrg org, IReadOnlyList<KpiSpec> kpis, long[,] thisYear)
    {
        var last = new long[thisYear.GetLength(0), kpis.Count];
        foreach (var unit in org.Units.Reverse())
        {
            for (var k = 0; k < kpis.Count; k++)
            {
                last[unit.Index, k] = unit.Children.Count == 0 || kpis[k].IsRatio
                    ? thisYear[unit.Index, k] * 9 / 10
                    : unit.Children.Sum(c => last[c.Index, k]);
            }
        }

        return last;
    }
}
