using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.History;

/// <summary>
/// A previous campaign kept for 同比: its own calendar and targets over the same org and catalogue, its events in
/// aggregates of whole days (no journal), and how its days match this campaign's (<see cref="SameWorkingDay"/>).
/// Loaded once, then only read; its events never count toward the current campaign (they sit in other aggregates).
/// </summary>
public sealed class PastCampaign
{
    public PastCampaign(KpiAggregates aggregates, Campaign current)
    {
        if (aggregates.Campaign.Start >= current.Start)
        {
            throw new ArgumentException("a past campaign starts before the current one", nameof(aggregates));
        }

        Aggregates = aggregates;
        Days = new SameWorkingDay(current, aggregates.Campaign);
    }

    public KpiAggregates Aggregates { get; }

    public Campaign Campaign => Aggregates.Campaign;

    public SameWorkingDay Days { get; }

    /// <summary>
    /// The unit's figure of the KPI (null: the composite) over the previous campaign's days matching
    /// <paramref name="range"/> of this one: value (the score for the composite) and completion against last year's
    /// target (score / 100), null without one.
    /// </summary>
    internal (double? Value, double? Completion) Figure(int unit, int? kpi, DayRange range)
    {
        var days = Days.RangeOf(range);
        using var _ = Aggregates.Read();
        if (kpi is not { } k)
        {
            var score = !days.IsEmpty && days.From == 0 ? Aggregates.CloseOf(days.To).Score(unit) : Aggregates.ScoreIn(unit, days);
            return double.IsNaN(score) ? (null, null) : (score, score / 100);
        }

        var fixedValue = !days.IsEmpty && days.From == 0 ? Aggregates.CloseOf(days.To).Value(unit, k) : Aggregates.ValueIn(unit, k, days);
        var value = FixedPoint.ToDouble(fixedValue);
        var target = CompositeModel.TargetOf(Campaign.Targets, unit, k);
        return (value, double.IsNaN(target) ? null : value / target);
    }

    /// <summary>The unit's figure of one KPI at the same working day (see <see cref="Figure"/>).</summary>
    internal LastYearFigure KpiFigure(int unit, int kpi, DayRange range)
    {
        var (value, completion) = Figure(unit, kpi, range);
        return new LastYearFigure(value ?? 0, completion);
    }
}

/// <summary>Last year's value of a KPI at the same working day and its completion of last year's target (null without one).</summary>
public sealed record LastYearFigure(double Value, double? Completion);
