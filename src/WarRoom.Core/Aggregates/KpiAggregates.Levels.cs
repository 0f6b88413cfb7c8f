namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>
    /// An as-of cut adds its day's events to the close before, which suits flows and readings but not a level: a
    /// ratio is its two KPIs' values divided, a daily average the mean of its days' balances (the cut's day counted
    /// whole, as <see cref="ValueAt"/> reads it). Sets their part of <paramref name="delta"/> (unit × KPIs + KPI) so
    /// that close + delta is that value, before the cut scores every unit. Read lock held.
    /// </summary>
    internal void SettleLevels(DayClose? close, long[] delta, int day)
    {
        var k = columns.Length;
        var range = new DayRange(0, day);
        long Campaign(int unit, int kpi) => (close?.Value(unit, kpi) ?? 0) + delta[(unit * k) + kpi];

        // Daily averages first: a ratio may divide one.
        for (var kpi = 0; kpi < k; kpi++)
        {
            if (columns[kpi].IsDailyAverage)
            {
                for (var u = 0; u < parent.Length; u++)
                {
                    delta[(u * k) + kpi] = ValueIn(u, kpi, range) - (close?.Value(u, kpi) ?? 0);
                }
            }
        }

        for (var kpi = 0; kpi < k; kpi++)
        {
            if (ratioOf[kpi] is var (numerator, denominator) && numerator >= 0)
            {
                for (var u = 0; u < parent.Length; u++)
                {
                    delta[(u * k) + kpi] = FixedPoint.Ratio(Campaign(u, numerator), Campaign(u, denominator)) - (close?.Value(u, kpi) ?? 0);
                }
            }
        }
    }
}
