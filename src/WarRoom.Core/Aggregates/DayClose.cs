namespace WarRoom.Core.Aggregates;

/// <summary>
/// The end-of-day totals at the close of day <see cref="Through"/>: every unit's rolled-up value of every KPI over
/// days 0..Through and the composite score they give. An as-of read on the next day and the previous-close ranking
/// start from these, so a unit's figure is an array index instead of a sum over the days (decision 0019). Built from
/// the daily cells under the read lock, kept up to date by the writer when a late event lands on a day up to it
/// (decision 0026; <see cref="ValidAt"/>); (KPIs + 1) × 8 bytes per unit, laid out unit by unit, and 8 more per
/// balance KPI for the unit's own latest reading, which the next day's as-of reads replace by that day's.
/// </summary>
internal sealed class DayClose(int through, long builtAt, int kpis, long[] values, double[] score, long[]?[] own)
{
    public int Through { get; } = through;

    public long BuiltAt { get; } = builtAt;

    /// <summary>
    /// The aggregates' version whose events on days up to <see cref="Through"/> are all in it: the version it was
    /// built at, moved on by the writer after each chunk it brought in (a replay does not, so a replay outdates it).
    /// </summary>
    public long ValidAt { get; set; } = builtAt;

    /// <summary>The unit's rolled-up value of the KPI over days 0..<see cref="Through"/> (fixed point).</summary>
    public long Value(int unit, int kpi) => values[(unit * kpis) + kpi];

    /// <summary>The composite score from those values; NaN without a target.</summary>
    public double Score(int unit) => score[unit];

    /// <summary>
    /// A <c>latest</c> KPI's own reading (not rolled up) latest over days 0..<see cref="Through"/>, 0 for none: what a
    /// reading on the next day replaces. Kept because looking it up day by day per reading was a sixth of an as-of read.
    /// </summary>
    public long OwnLatest(int unit, int kpi) => own[kpi]![unit];

    /// <summary>Every value, at unit × KPIs + KPI. Written only by the writer's patch (write lock held).</summary>
    public long[] Values => values;

    /// <summary>Every score by unit; written only by the writer's patch (write lock held).</summary>
    public double[] Scores => score;

    /// <summary>A <c>latest</c> KPI's own readings by unit; written only by the writer's patch (write lock held).</summary>
    public long[] Own(int kpi) => own[kpi]!;
}
