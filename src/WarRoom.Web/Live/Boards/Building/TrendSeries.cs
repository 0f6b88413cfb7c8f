using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Live.Boards.Payloads;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Live.Boards.Building;

/// <summary>
/// Cumulative series for trend widgets, as points at the end of each interval: the campaign start at 0, then one
/// point per day (or hour) up to now, the last one at now.
/// </summary>
public sealed class TrendSeries(KpiAggregates aggregates, Campaign campaign, IKpiStore store)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>
    /// From the aggregates' day buckets. A <c>sum</c> KPI adds up each day's bookings; a <c>latest</c> KPI's point is
    /// the level at the day's end (each booking unit's latest reading so far, added up the tree).
    /// </summary>
    public IReadOnlyList<TrendPoint> Daily(OrgUnit unit, Kpi kpi, DateTimeOffset now)
    {
        var points = new List<TrendPoint> { new(campaign.ToLocal(campaign.Start), 0) };
        var until = now < campaign.End ? now : campaign.End;
        double running = 0;
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < until; day = day.AddDays(1))
        {
            var next = campaign.StartOfDay(day.AddDays(1));
            running = kpi.Aggregation == KpiAggregation.Sum
                ? running + aggregates.Value(unit, kpi, RankWindow.Between(day, day), now)
                : aggregates.Value(unit, kpi, RankWindow.Between(campaign.FirstDay, day), now);
            points.Add(new TrendPoint(campaign.ToLocal(next < until ? next : until), Figures.Amount(running)));
        }

        return points;
    }

    /// <summary>From the store (the aggregates keep no hours): one InfluxQL or SQLite query per refresh.</summary>
    public async Task<IReadOnlyList<TrendPoint>> HourlyAsync(OrgUnit unit, Kpi kpi, DateTimeOffset now, CancellationToken ct)
    {
        var points = new List<TrendPoint> { new(campaign.ToLocal(campaign.Start), 0) };
        var until = now < campaign.End ? now : campaign.End;
        if (until <= campaign.Start)
        {
            return points;
        }

        var read = await store.ReadSeriesAsync(new SeriesQuery(unit, kpi, campaign.Start, campaign.Start, until, Hour, campaign.TimeZone), ct);
        points.AddRange(read.Select(p => new TrendPoint(campaign.ToLocal(p.Time + Hour < until ? p.Time + Hour : until), Figures.Amount(p.Value))));
        return points;
    }

    /// <summary>
    /// target × time progress at every local midnight and at the end: exact, because time progress moves linearly
    /// within a day (and stands still over a holiday in working-day mode).
    /// </summary>
    public IReadOnlyList<TrendPoint> TargetLine(double? target)
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
}
