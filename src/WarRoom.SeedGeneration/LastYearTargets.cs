namespace WarRoom.SeedGeneration;

/// <summary>
/// Last year's targets: each manager's this year's target less a tenth (integer steps, rounded down), every parent the
/// sum of its children, as this year's are — a bank raises its 开门红 targets year on year.
/// </summary>
internal static class LastYearTargets
{
    public static long[,] From(PlannedOrg org, long[,] thisYear)
    {
        var kpis = thisYear.GetLength(1);
        var last = new long[thisYear.GetLength(0), kpis];
        foreach (var unit in org.Units.Reverse())
        {
            for (var k = 0; k < kpis; k++)
            {
                last[unit.Index, k] = unit.Children.Count == 0
                    ? thisYear[unit.Index, k] * 9 / 10
                    : unit.Children.Sum(c => last[c.Index, k]);
            }
        }

        return last;
    }
}
