using WarRoom.Core.Aggregates;
using WarRoom.Core.Forecasting;
using WarRoom.Core.Kpis;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>
    /// The run-rate forecast of one unit's KPI from <paramref name="current"/> (its value now, fixed point) on
    /// campaign day <paramref name="today"/> with <paramref name="remaining"/> counted days to run. Read lock held.
    /// </summary>
    internal Forecast? ForecastOf(int unit, Kpi kpi, long current, int today, double remaining)
    {
        var target = CompositeModel.TargetOf(aggregates.Campaign.Targets, unit, kpi.Index);
        if (double.IsNaN(target))
        {
            return null;
        }

        var spans = recentDays.Before(today);
        Span<double> amounts = stackalloc double[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            amounts[i] = FixedPoint.ToDouble(Amount(unit, kpi, spans[i]));
        }

        return RunRate.Project(FixedPoint.ToDouble(current), amounts, remaining, target);
    }

    /// <summary>The composite's forecast completion: the score the forecast values would give, / 100. Read lock held.</summary>
    internal double? CompositeForecast(int unit, in MetricReader reader, int today, double remaining)
    {
        var model = aggregates.Model;
        Span<long> values = stackalloc long[model.Slots];
        var any = false;
        for (var j = 0; j < model.Slots; j++)
        {
            var kpi = aggregates.Catalog[model.KpiIndex[j]];
            var current = reader.ValueOf(unit, kpi.Index);
            var forecast = ForecastOf(unit, kpi, current, today, remaining);
            any |= forecast is not null;
            values[j] = forecast is null ? current : FixedPoint.FromDouble(Math.Clamp(forecast.Value, -FixedPoint.MaxAbsValue, FixedPoint.MaxAbsValue));
        }

        var score = model.Score(unit, values);
        return any && !double.IsNaN(score) ? score / 100 : null;
    }

    /// <summary>Each row's forecast completion at the campaign's end, whatever the query's window. Read lock held.</summary>
    private void AddForecasts(RankingItem[] items, Kpi? kpi, Horizon horizon, double progress)
    {
        var campaignToDate = new MetricReader(aggregates, kpi, RankBasis.Value, RankWindow.CampaignToDate.ResolveDays(aggregates.Campaign, horizon));
        var remaining = RemainingDays(progress);
        for (var i = 0; i < items.Length; i++)
        {
            var unit = items[i].Unit.Index;
            var forecast = kpi is null
                ? CompositeForecast(unit, campaignToDate, horizon.LastDay, remaining)
                : ForecastOf(unit, kpi, campaignToDate.ValueOf(unit, kpi.Index), horizon.LastDay, remaining)?.Completion;
            items[i] = items[i] with { ForecastCompletion = forecast };
        }
    }

    /// <summary>Counted days still to run at an instant of the given time progress.</summary>
    internal double RemainingDays(double timeProgress) => (1 - timeProgress) * countedDays;

    /// <summary>What the unit added over <paramref name="span"/>: a flow's sum, or a balance's change across it.</summary>
    private long Amount(int unit, Kpi kpi, DayRange span)
    {
        if (kpi.Aggregation != KpiAggregation.Latest)
        {
            return aggregates.ValueIn(unit, kpi.Index, span);
        }

        var before = span.From == 0 ? 0 : aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.From - 1));
        return aggregates.ValueIn(unit, kpi.Index, new DayRange(0, span.To)) - before;
    }
}
