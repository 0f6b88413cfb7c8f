using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Trends;

/// <summary>
/// A unit's cumulative series for one KPI: the one trend of the host, behind board trend widgets, the drill-down's
/// charts and <c>GET /api/v1/units/{code}/trend</c>. Daily points come from the aggregates' day buckets, which
/// already hold every stored event (no store query, and no store outage can stop them); hourly points need finer
/// buckets than the aggregates keep and are read from the store.
/// </summary>
public sealed class UnitTrend(KpiAggregates aggregates, Campaign campaign, IKpiStore store)
{
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// One point per hour or local day from the campaign's first bucket up to <paramref name="until"/>, as the store
    /// answers a <see cref="SeriesQuery"/>: the bucket's start, and the cumulative value at its end. A <c>sum</c> KPI
    /// adds up each day's bookings; a <c>latest</c> KPI's point is the level at the day's end (each booking unit's
    /// latest reading so far, added up the tree). Empty before the campaign starts.
    /// </summary>
    public async Task<IReadOnlyList<SeriesPoint>> ReadAsync(OrgUnit unit, Kpi kpi, TimeSpan interval, DateTimeOffset until, CancellationToken ct)
    {
        if (until <= campaign.Start)
        {
            return [];
        }

        // A ratio or a daily average has no series of its own in the store: its points are the aggregates' days.
        return interval == Day || kpi.IsLevel
            ? Daily(unit, kpi, until)
            : await store.ReadSeriesAsync(new SeriesQuery(unit, kpi, campaign.Start, campaign.Start, until, interval, campaign.TimeZone), ct);
    }

    private List<SeriesPoint> Daily(OrgUnit unit, Kpi kpi, DateTimeOffset until)
    {
        var points = new List<SeriesPoint>();
        double running = 0;
        for (var day = campaign.FirstDay; campaign.StartOfDay(day) < until; day = day.AddDays(1))
        {
            running = kpi.Aggregation == KpiAggregation.Sum
                ? running + aggregates.Value(unit, kpi, RankWindow.Between(day, day), until)
                : aggregates.Value(unit, kpi, RankWindow.Between(campaign.FirstDay, day), until);
            points.Add(new SeriesPoint(campaign.StartOfDay(day), running));
        }

        return points;
    }
}
