using WarRoom.Core.Kpis;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// Everything kept for one KPI, in flat arrays indexed by unit (pre-order) and day so that reads are plain loops:
/// per unit the rolled-up campaign-to-date <see cref="Total"/> and rolled-up day figures (<see cref="DayValue"/>),
/// and for a <c>latest</c> or <c>daily_average</c> KPI each unit's own last reading per day with its (ms, seq),
/// which decides which reading wins and which one a multi-day window sees (<see cref="OwnReadings"/>: only days
/// that have one). A <c>daily_average</c> column's day cells hold each day's closing balance with readings carried
/// forward to the next one; a <c>ratio</c> column holds nothing.
/// </summary>
internal sealed partial class KpiColumn
{
    private readonly int days;
    private readonly OwnReadings? own;

    /// <param name="rows">Where each unit's day cells are (leaves' narrow); null: every unit's 8 bytes, in unit order.</param>
    public KpiColumn(Kpi kpi, int unitCount, int dayCount, DayRows? rows = null)
    {
        days = dayCount;
        IsLatest = kpi.Aggregation == KpiAggregation.Latest;
        IsDailyAverage = kpi.Aggregation == KpiAggregation.DailyAverage;
        var kept = kpi.Aggregation == KpiAggregation.Ratio ? 0 : unitCount;
        Total = new long[kept];
        rowOf = kept == 0 || IsDailyAverage ? null : rows?.Of;
        wide = new long[(rowOf is null ? kept : rows!.Branches) * dayCount];
        narrow = new int[(rowOf is null ? 0 : rows!.Leaves) * dayCount];
        own = IsLatest || IsDailyAverage ? new OwnReadings(unitCount, dayCount) : null;
    }

    public bool IsLatest { get; }

    public bool IsDailyAverage { get; }

    /// <summary>The subtree's figure over every booked day.</summary>
    public long[] Total { get; }

    /// <summary>
    /// Books one event on its unit, <paramref name="msOfDay"/> into <paramref name="day"/>. Returns false when a
    /// <c>latest</c> reading loses to one already held for that day (earlier time, or same time and lower seq).
    /// Otherwise the caller adds <paramref name="totalDelta"/> to <see cref="Total"/> and <paramref name="dayDelta"/>
    /// to the day cell (<see cref="AddDay"/>) of the unit and every ancestor.
    /// </summary>
    public bool Book(int unit, int day, int msOfDay, long seq, long value, out long totalDelta, out long dayDelta)
    {
        if (!IsLatest)
        {
            totalDelta = dayDelta = value;
            return true;
        }

        var at = own!.Find(unit, day);
        if (at >= 0 && !own.At(unit, at).LosesTo(msOfDay, seq))
        {
            totalDelta = dayDelta = 0;
            return false;
        }

        var before = LastValue(unit);
        dayDelta = value - (at >= 0 ? own.At(unit, at).Value : 0);
        own.Put(unit, at, new OwnReading(value, seq, msOfDay, day));
        totalDelta = LastValue(unit) - before;
        return true;
    }

    private long LastValue(int unit) => own!.Count(unit) > 0 ? own.At(unit, own.Count(unit) - 1).Value : 0;

    /// <summary>Saves or loads every array (see <see cref="KpiAggregates.ExchangeState"/>).</summary>
    public void Exchange(IStateChannel channel)
    {
        // The kind decides which arrays hold what: sum 0, latest 1, daily average 2, ratio (no arrays) 3.
        channel.Expect(IsLatest ? 1 : IsDailyAverage ? 2 : Total.Length == 0 ? 3 : 0, "KPI kind");
        channel.Block<long>(Total);
        ExchangeDays(channel);
        own?.Exchange(channel);
    }

    /// <summary>A <c>latest</c> KPI's own reading latest inside <paramref name="range"/> (the last booked day holds it).</summary>
    public long OwnLatestIn(int unit, DayRange range) =>
        own!.OnOrBefore(unit, range.To) is { } reading && reading.Day >= range.From ? reading.Value : 0;
}
