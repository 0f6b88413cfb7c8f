using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>
    /// Every unit of <paramref name="level"/> across the bank: its campaign-to-date value of <paramref name="kpi"/>
    /// and, when <paramref name="forecast"/> is set, its forecast completion (NaN where there is none) — the
    /// <see cref="RankingItem.Value"/> and <see cref="RankingItem.ForecastCompletion"/> a bank-wide ranking by value
    /// gives, read straight, written at <c>unit.Index * stride + slot</c>. Guidance reads only these figures: a
    /// ranking would also sort 100,000 managers, rank them at the previous close and read 同比 for nothing.
    /// </summary>
    internal void ReadValues(OrgLevel level, Kpi kpi, DateTimeOffset now, bool asOf, bool forecast, double[] values, double[]? forecasts, int stride, int slot)
    {
        var campaign = aggregates.Campaign;
        var horizon = Horizon.At(campaign, now);
        var window = RankWindow.CampaignToDate.Resolve(campaign, horizon, timeProgress.At);
        var units = levels.Units(level);
        using var _ = aggregates.Read();
        var cut = asOf ? aggregates.CutAt(now) : null;
        var reader = new MetricReader(aggregates, kpi, RankBasis.Value, window.Days, cut);
        foreach (var u in units)
        {
            values[(u * stride) + slot] = FixedPoint.ToDouble(reader.ValueOf(u, kpi.Index));
        }

        if (!forecast || forecasts is null)
        {
            return;
        }

        // As AddForecasts: the campaign-to-date value at the horizon, projected over the counted days still to run.
        var campaignToDate = new MetricReader(aggregates, kpi, RankBasis.Value, RankWindow.CampaignToDate.ResolveDays(campaign, horizon), cut);
        var remaining = RemainingDays(timeProgress.At(now));
        var rates = RatesFor(horizon.LastDay);
        foreach (var u in units)
        {
            forecasts[(u * stride) + slot] = ForecastOf(rates, u, kpi, campaignToDate.ValueOf(u, kpi.Index), remaining)?.Completion ?? double.NaN;
        }
    }
}
