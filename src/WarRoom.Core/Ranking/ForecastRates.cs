namespace WarRoom.Core.Ranking;

/// <summary>
/// Each (unit, KPI)'s recent run rate for forecasts made on campaign day <see cref="Today"/>, filled on first use.
/// A rate reads only whole days before today, which late events alone change, so a table serves every ranking of
/// the day (valid through <see cref="BuiltAt"/>), a late event forgetting only its unit's path's rates
/// (<see cref="Forget"/>): a forecast then costs a multiplication, not ten reads per KPI.
/// A composite forecast reads its slots' rates as one row per unit (<see cref="TryGetSlots"/>).
/// Filled under the aggregates' read lock by concurrent readers: an entry is written before it is marked ready, and
/// two readers filling the same entry write the same numbers.
/// </summary>
internal sealed class ForecastRates(int today, long builtAt, int units, int kpis, int slots)
{
    private readonly double[] mean = new double[units * kpis];
    private readonly double[] sigma = new double[units * kpis];
    private readonly int[] count = new int[units * kpis];
    private readonly bool[] ready = new bool[units * kpis];
    private readonly double[] slotRate = new double[units * slots];
    private readonly bool[] slotsReady = new bool[units];

    public int Today { get; } = today;

    private long builtAt = builtAt;

    /// <summary>The aggregates' version the rates held are valid at; moved on (under a lock) once late bookings are forgotten.</summary>
    public long BuiltAt
    {
        get => Volatile.Read(ref builtAt);
        set => Volatile.Write(ref builtAt, value);
    }

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

    /// <summary>
    /// The unit's rate per composite slot, in the model's slot order: what a day adds to the slot's value, 0 for a
    /// level (held where it stands), NaN where the slot gives no forecast (no target, or no completed day to take a
    /// rate from). One row, where the per-KPI entries are four arrays apart.
    /// </summary>
    public bool TryGetSlots(int unit, out ReadOnlySpan<double> rates)
    {
        rates = Volatile.Read(ref slotsReady[unit]) ? slotRate.AsSpan(unit * slots, slots) : default;
        return !rates.IsEmpty || slots == 0;
    }

    public void SetSlots(int unit, ReadOnlySpan<double> rates)
    {
        rates.CopyTo(slotRate.AsSpan(unit * slots, slots));
        Volatile.Write(ref slotsReady[unit], true);
    }

    /// <summary>Marks every rate of the unit to be read again (all KPIs, and its composite row).</summary>
    public void Forget(int unit)
    {
        Array.Clear(ready, unit * kpis, kpis);
        Volatile.Write(ref slotsReady[unit], false);
    }
}
