using System.Collections.Concurrent;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Live.Boards.Payloads;

namespace WarRoom.Web.Live.Boards.Building;

/// <summary>
/// Trend widgets, each series reused for one refresh epoch (<see cref="LiveOptions.RefreshInterval"/>, 30 s) unless
/// nothing changed at all: a trend is the heaviest widget of a payload, and a curve over three months does not need
/// to move four times a second. Daily series come from the aggregates' day buckets (no store query); hourly series
/// need finer buckets and are read from the store.
/// </summary>
public sealed class TrendCache(KpiAggregates aggregates, Campaign campaign, TrendSeries series, BoardStamps stamps)
{
    private readonly ConcurrentDictionary<(int Unit, int Kpi, TrendInterval Interval), Entry> entries = new();

    public async Task<TrendPayload> GetAsync(OrgUnit unit, Kpi kpi, TrendInterval interval, DateTimeOffset now, CancellationToken ct)
    {
        var key = (unit.Index, kpi.Index, interval);
        var version = aggregates.Version;
        var epoch = stamps.Epoch;
        if (entries.TryGetValue(key, out var cached) && (cached.Version == version || cached.Epoch == epoch))
        {
            return cached.Payload;
        }

        var actual = interval == TrendInterval.Hour
            ? await series.HourlyAsync(unit, kpi, now, ct)
            : series.Daily(unit, kpi, now);
        var target = campaign.Targets.Get(unit, kpi);
        var payload = new TrendPayload
        {
            Kpi = kpi.Code,
            Name = new LocalizedText(kpi.NameZh, kpi.NameEn),
            Unit = kpi.Unit,
            Target = Figures.Amount(target),
            Start = campaign.ToLocal(campaign.Start),
            End = campaign.ToLocal(campaign.End),
            Actual = actual,
            TargetLine = cached?.Payload.TargetLine ?? series.TargetLine(target),
        };
        entries[key] = new Entry(version, epoch, payload);
        return payload;
    }

    private sealed record Entry(long Version, long Epoch, TrendPayload Payload);
}
