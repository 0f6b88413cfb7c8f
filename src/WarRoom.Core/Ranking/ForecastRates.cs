namespace WarRoom.Core.Ranking;

/// <summary>
/// Each (unit, KPI)'s recent run rate for forecasts made on campaign day <see cref="Today"/>, filled on first use.
/// A rate reads only whole days before today, which late events alone change, so a table serves every ranking of
/// the day until one lands (<see cref="BuiltAt"/>): a forecast then costs a multiplication, not ten reads per KPI.
/// Filled under the aggregates' read lock by concurrent readers: an entry is written before it is marked ready, and
/// two readers filling the same entry write the same numbers.
/// </summary>
internal sealed class ForecastRates(int today, long builtAt, int units, int kpis)
{
    private readonly double[] mean = new double[units * kpis];
    private readonly double[] sigma = new double[units * kpis];
    private readonly int[] count = new int[units * kpis];
    private readonly bool[] ready = new bool[units * kpis];

    public int Today { get; } = today;

    public long BuiltAt { get; } = builtAt;

    public bool TryGet(int unit, int kpi, out double rate, out double spread, out int days)
    {
        var i = (unit * kpis) + kpi;
        if (!Volatile.Read(ref ready[i]))
        {
            (rate, spread, days) = (0, 0, 0);
            return false;
        }

        (rate, spread, days) = (mean[i], sigma[i], count[i]);
        return true;
    }

    public void Set(int unit, int kpi, double rate, double spread, int days)
    {
        var i = (unit * kpis) + kpi;
        (mean[i], sigma[i], count[i]) = (rate, spread, days);
        Volatile.Write(ref ready[i], true);
    }
}
