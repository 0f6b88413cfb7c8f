using WarRoom.Core.Aggregates;
using WarRoom.Core.Forecasting;
using WarRoom.Core.Kpis;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>The forecast method of a ratio or a daily average: the level now, held to the end.</summary>
    public const string LevelMethod = "level_held";

    /// <summary>
    /// The run-rate forecast of one unit's KPI from <paramref name="current"/> (its value now, fixed point) with
    /// <paramref name="remaining"/> counted days to run, the rate from <paramref name="rates"/>. Read lock held.
    /// </summary>
    internal Forecast? ForecastOf(ForecastRates rates, int unit, Kpi kpi, long current, double remaining)
    {
        var target = CompositeModel.TargetOf(aggregates.Campaign.Targets, unit, kpi.Index);
        if (double.IsNaN(target))
        {
            return null;
        }

        // A level (a ratio, a daily average) has no run rate to project: the forecast is that it holds where it stands,
        // with a band from how it moved over the recent days (a zero-width band was outside the end almost always).
        var (mean, sigma, n) = RateOf(rates, unit, kpi);
        var elapsed = countedDays - remaining;
        if (kpi.IsLevel)
        {
            return RunRate.Held(FixedPoint.ToDouble(current), mean, sigma, n, elapsed, remaining, target, LevelMethod);
        }

        // A flow's rate may not hold: its recent rate against its campaign-to-date rate says by how much it can move.
        var drift = kpi.Aggregation == KpiAggregation.Sum && n > 0 && elapsed >= 1 ? mean - (FixedPoint.ToDouble(current) / elapsed) : 0;
        return RunRate.Project(FixedPoint.ToDouble(current), mean, sigma, n, remaining, target, drift);
    }

    /// <summary>The unit's recent run rate of the KPI (mean, spread, days), from the table or read once into it. Read lock held.</summary>
    private (double Mean, double Sigma, int Days) RateOf(ForecastRates rates, int unit, Kpi kpi)
    {
        if (rates.TryGet(unit, kpi.Index, out var mean, out var sigma, out var n))
        {
            return (mean, sigma, n);
        }

        var spans = recentDays.Before(rates.Today);
        Span<double> amounts = stackalloc double[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            amounts[i] = FixedPoint.ToDouble(Amount(unit, kpi, spans[i]));
        }

        (mean, sigma) = spans.Length == 0 ? (0, 0) : RunRate.Spread(amounts);
        rates.Set(unit, kpi.Index, mean, sigma, spans.Length);
        return (mean, sigma, spans.Length);
    }

    /// <summary>The composite's forecast completion: the score the forecast values would give, / 100. Read lock held.</summary>
    internal double? CompositeForecast(ForecastRates rates, int unit, in MetricReader reader, double remaining)
    {
        var model = aggregates.Model;
        Span<long> values = stackalloc long[model.Slots];
        var any = false;
        for (var j = 0; j < model.Slots; j++)
        {
            var kpi = aggregates.Catalog[model.KpiIndex[j]];
            var current = reader.ValueOf(unit, kpi.Index);
            var final = FinalValue(rates, unit, kpi, current, remaining);
            any |= final is not null;
            values[j] = final is { } v ? FixedPoint.FromDouble(Math.Clamp(v, -FixedPoint.MaxAbsValue, FixedPoint.MaxAbsValue)) : current;
        }

        var score = model.Score(unit, values);
        return any && !double.IsNaN(score) ? score / 100 : null;
    }

    /// <summary>
    /// <see cref="ForecastOf"/>'s expected final value alone, without the band or a record: a composite forecast
    /// reads one per KPI for every row, which is most of its cost.
    /// </summary>
    private double? FinalValue(ForecastRates rates, int unit, Kpi kpi, long current, double remaining)
    {
        if (double.IsNaN(CompositeModel.TargetOf(aggregates.Campaign.Targets, unit, kpi.Index)))
        {
            return null;
        }

        if (kpi.IsLevel)
        {
            return FixedPoint.ToDouble(current);   // held where it stands, as ForecastOf says
        }

        var (mean, _, n) = RateOf(rates, unit, kpi);
        return RunRate.FinalValue(FixedPoint.ToDouble(current), mean, n, remaining);
    }

    /// <summary>Each row's forecast completion at the campaign's end, whatever the query's window. Read lock held.</summary>
    private void AddForecasts(RankingItem[] items, Kpi? kpi, Horizon horizon, double progress, AsOfCut? cut)
    {
        var campaignToDate = new MetricReader(aggregates, kpi, RankBasis.Value, RankWindow.CampaignToDate.ResolveDays(aggregates.Campaign, horizon), cut);
        var remaining = RemainingDays(progress);
        var rates = RatesFor(horizon.LastDay);
        for (var i = 0; i < items.Length; i++)
        {
            var unit = items[i].Unit.Index;
            var forecast = kpi is null
                ? QuickCompositeForecast(rates, unit, campaignToDate, remaining)
                : ForecastOf(rates, unit, kpi, campaignToDate.ValueOf(unit, kpi.Index), remaining)?.Completion;
            items[i] = items[i] with { ForecastCompletion = forecast };
        }
    }

    /// <summary>Counted days still to run at an instant of the given time progress.</summary>
    internal double RemainingDays(double timeProgress) => (1 - timeProgress) * countedDays;

    /// <summary>What the unit added over <paramref name="span"/>: a flow's sum, a balance's or a level's change across it.</summary>
    private long Amount(int unit, Kpi kpi, DayRange span)
    {
        if (kpi.IsLevel)
        {
            // The campaign-to-date level at the span's close against the day before it (none before the first day).
            return span.From == 0 ? 0 : aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.To)) - aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.From - 1));
        }

        if (kpi.Aggregation != KpiAggregation.Latest)
        {
            return aggregates.ValueIn(unit, kpi.Index, span);
        }

        var before = span.From == 0 ? 0 : aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.From - 1));
        return aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.To)) - before;
    }
}
