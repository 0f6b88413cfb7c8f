using WarRoom.Core.Campaigns;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>
/// The ranking rules recomputed the slow, obvious way straight from the raw event list, sharing nothing with the
/// engine but the org tree's parent links, the campaign's settings and its TimeProgress.
/// </summary>
internal sealed class BruteForce(OrgTree tree, KpiCatalog catalog, Campaign campaign, IReadOnlyList<EventRecord> events)
{
    // Events inside [Start, End) with their local day, worked out once: the checks below ask thousands of times.
    private readonly List<(EventRecord E, DateOnly Day)> inCampaign = [.. events
        .Where(e => e.Time >= campaign.Start && e.Time < campaign.End)
        .Select(e => (e, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.Time, campaign.TimeZone).DateTime)))];

    public Campaign Campaign => campaign;

    public static long Fixed(double value) => (long)Math.Round((decimal)value * 10_000m, MidpointRounding.AwayFromZero);

    public DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, campaign.TimeZone).DateTime);

    public DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, campaign.TimeZone.GetUtcOffset(local));
    }

    /// <summary>The window's local days seen from <paramref name="today"/> (the last visible day); empty when From &gt; To.</summary>
    public (DateOnly From, DateOnly To) Days(RankWindow window, DateOnly today)
    {
        var first = Day(campaign.Start);
        var last = Day(campaign.End.AddTicks(-1));
        var from = window.Kind switch
        {
            RankWindowKind.Campaign => first,
            RankWindowKind.Today => today,
            RankWindowKind.Week => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
            _ => window.From!.Value,
        };
        var to = window.Kind == RankWindowKind.Custom && window.To!.Value < today ? window.To.Value : today;
        return (from < first ? first : from, to > last ? last : to);
    }

    public static bool Within(OrgUnit unit, OrgUnit ancestor)
    {
        for (var u = unit; u is not null; u = u.Parent)
        {
            if (u == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    public long Value(OrgUnit unit, Kpi kpi, (DateOnly From, DateOnly To) days)
    {
        var seen = inCampaign.Where(x => x.E.Kpi == kpi.Index && x.Day >= days.From && x.Day <= days.To && Within(tree[x.E.Unit], unit))
            .Select(x => x.E).ToList();
        if (kpi.Aggregation == KpiAggregation.Sum)
        {
            return seen.Sum(e => Fixed(e.Value));
        }

        return seen.GroupBy(e => e.Unit).Sum(g => Fixed(g.OrderBy(e => e.TimeMs).ThenBy(e => e.Seq).Last().Value));
    }

    public double? Target(OrgUnit unit, Kpi kpi)
    {
        var t = campaign.Targets[unit.Index, kpi.Index];
        return t > 0 ? t : null;
    }

    public double? Completion(OrgUnit unit, Kpi kpi, (DateOnly, DateOnly) days) =>
        Target(unit, kpi) is { } t ? Value(unit, kpi, days) / 10_000.0 / t : null;

    /// <summary>Σ w·clamp(s, 0, cap) in campaign order, ·100 / Σ w, over KPIs with a target; s = 2 − c for a limit.</summary>
    public double? Score(OrgUnit unit, (DateOnly, DateOnly) days)
    {
        double terms = 0, weights = 0;
        foreach (var k in campaign.Kpis)
        {
            if (Completion(unit, k.Kpi, days) is not { } c)
            {
                continue;
            }

            var s = k.Kpi.Direction == KpiDirection.LowerIsBetter ? 2 - c : c;
            terms += k.Weight * Math.Clamp(s, 0, campaign.ScoreCap);
            weights += k.Weight;
        }

        return weights > 0 ? terms * 100 / weights : null;
    }

    public DateTimeOffset? LastEvent(OrgUnit unit)
    {
        var times = inCampaign.Where(x => Within(tree[x.E.Unit], unit)).Select(x => x.E.Time).ToList();
        return times.Count == 0 ? null : times.Max();
    }

    public Kpi? Metric(string metric) => metric == RankingQuery.Composite ? null : catalog.Find(metric);
}
