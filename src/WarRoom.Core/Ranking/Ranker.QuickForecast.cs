using WarRoom.Core.Aggregates;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>
    /// <see cref="CompositeForecast"/> from the unit's row of slot rates (<see cref="ForecastRates.TryGetSlots"/>):
    /// per slot a value and a multiply-add, where the general path looks up the KPI, its target, its four rate
    /// entries and the projection's cases every time, which made a forecast cost about a fifth of a composite
    /// ranking of 20,000 managers. The same numbers (<c>QuickCompositeForecastTests</c>). Read lock held.
    /// </summary>
    internal double? QuickCompositeForecast(ForecastRates rates, int unit, in MetricReader reader, double remaining)
    {
        if (!(remaining > 0))
        {
            return CompositeForecast(rates, unit, reader, remaining);   // at the end every slot is its value: rare, and no rate is read
        }

        var model = aggregates.Model;
        var row = SlotRates(rates, unit);
        Span<long> values = stackalloc long[model.Slots];
        var any = false;
        for (var j = 0; j < values.Length; j++)
        {
            var current = reader.ValueOf(unit, model.KpiIndex[j]);
            var rate = row[j];
            if (double.IsNaN(rate))
            {
                values[j] = current;
                continue;
            }

            any = true;
            var final = FixedPoint.ToDouble(current) + (rate * remaining);
            values[j] = FixedPoint.FromDouble(Math.Clamp(final, -FixedPoint.MaxAbsValue, FixedPoint.MaxAbsValue));
        }

        var score = model.Score(unit, values);
        return any && !double.IsNaN(score) ? score / 100 : null;
    }

    /// <summary>The unit's slot rates for forecasts made on the table's day, read once into it. Read lock held.</summary>
    private ReadOnlySpan<double> SlotRates(ForecastRates rates, int unit)
    {
        if (rates.TryGetSlots(unit, out var row))
        {
            return row;
        }

        var model = aggregates.Model;
        Span<double> fresh = stackalloc double[model.Slots];
        for (var j = 0; j < fresh.Length; j++)
        {
            var kpi = aggregates.Catalog[model.KpiIndex[j]];
            if (double.IsNaN(Scoring.CompositeModel.TargetOf(aggregates.Campaign.Targets, unit, kpi.Index)))
            {
                fresh[j] = double.NaN;
            }
            else if (kpi.IsLevel)
            {
                fresh[j] = 0;
            }
            else
            {
                var (mean, _, days) = RateOf(rates, unit, kpi);
                fresh[j] = days == 0 ? double.NaN : mean;
            }
        }

        rates.SetSlots(unit, fresh);
        rates.TryGetSlots(unit, out row);
        return row;
    }
}
