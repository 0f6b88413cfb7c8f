using System.Collections.Concurrent;
using WarRoom.Core;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Features.Trends;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Trend widgets, each series reused for one refresh epoch (<see cref="BoardRefreshOptions.RefreshInterval"/>, 30 s)
/// unless nothing changed at all: a trend is the heaviest widget of a payload, and a curve over three months does not
/// need to move four times a second. The series is the host's one <see cref="UnitTrend"/> (daily from the
/// aggregates, hourly from the store), drawn as points at the end of each interval: the campaign start at 0, then
/// one point per day (or hour) up to now, the last one at now.
/// </summary>
public sealed class TrendCache(KpiAggregates aggregates, Campaign campaign, UnitTrend trend, BoardStamps stamps)
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

        var target = campaign.Targets.Get(unit, kpi);
        var payload = new TrendPayload
        {
            Kpi = kpi.Code,
            Name = new LocalizedText(kpi.NameZh, kpi.NameEn),
            Unit = kpi.Unit,
            Target = Figures.Amount(target),
            Start = campaign.ToLocal(campaign.Start),
            End = campaign.ToLocal(campaign.End),
            Actual = await ActualAsync(unit, kpi, interval, now, ct),
            TargetLine = cached?.Payload.TargetLine ?? TargetLine(target),
        };
        entries[key] = new Entry(version, epoch, payload);
        return payload;
    }

    private async Task<IReadOnlyList<TrendPoint>> ActualAsync(OrgUnit unit, Kpi kpi, TrendInterval interval, DateTimeOffset now, CancellationToken ct)
    {
        var points = new List<TrendPoint> { new(campaign.ToLocal(campaign.Start), 0) };
        var until = now < campaign.End ? now : campaign.End;
        var hourly = interval == TrendInterval.Hour;
        foreach (var p in await trend.ReadAsync(unit, kpi, hourly ? UnitTrend.Hour : UnitTrend.Day, until, ct))
        {
            var end = hourly ? p.Time + UnitTrend.Hour : campaign.StartOfDay(campaign.LocalDate(p.Time).AddDays(1));
            points.Add(new TrendPoint(campaign.ToLocal(end < until ? end : until), Figures.Amount(p.Value)));
        }

        return points;
    }

    /// <summary>
    /// target × time progress at every local midnight and at the end: exact, because time progress moves linearly
    /// within a day (and stands still over a holiday in working-day mode).
    /// </summary>
    private IReadOnlyList<TrendPoint> TargetLine(double? target)
    {
        if (target is not { } t)
        {
            return [];
        }

        var points = new List<TrendPoint>();
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < campaign.End; day = day.AddDays(1))
        {
            var at = campaign.StartOfDay(day) > campaign.Start ? campaign.StartOfDay(day) : campaign.Start;
            points.Add(new TrendPoint(campaign.ToLocal(at), Figures.Amount(t * campaign.TimeProgress(at))));
        }

        points.Add(new TrendPoint(campaign.ToLocal(campaign.End), Figures.Amount(t)));
        return points;
    }

    private sealed record Entry(long Version, long Epoch, TrendPayload Payload);
}
