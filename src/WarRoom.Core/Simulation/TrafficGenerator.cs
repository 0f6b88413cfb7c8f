using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Simulation;

/// <summary>
/// Makes up campaign-season KPI events whose expected totals track each manager's target × form × time progress,
/// so a simulated war room looks like a real one: leaders and laggards, quiet managers, the odd big deal.
/// Given the same seed and calls it produces the same events.
/// </summary>
public sealed class TrafficGenerator
{
    private const double BigDealChance = 0.002;
    private const double OutflowChance = 0.02;
    private const int GoesQuietAfterDays = 20;

    private readonly Campaign campaign;
    private readonly OrgUnit[] managers;
    private readonly ManagerProfile[] profiles;
    private readonly double[] cumulativeStrength;
    private readonly Random random;
    private readonly int workingDays;

    /// <summary>The campaign's KPIs that take events (a ratio is fed through its two KPIs, which are in here too).</summary>
    private readonly Kpi[] fed;

    private readonly SimulatedTags? tags;

    /// <param name="dimensions">Dimensions to tag events with (none: untagged, as before dimensions existed).</param>
    public TrafficGenerator(OrgTree org, Campaign campaign, int seed, DimensionCatalog? dimensions = null)
    {
        tags = dimensions is { Count: > 0 } ? new SimulatedTags(dimensions, seed) : null;
        this.campaign = campaign;
        random = new Random(seed);
        managers = [.. org.Units.Where(u => u.Level.IsLeaf)];
        profiles = [.. managers.Select(m => ManagerProfile.For(m.Code, seed))];
        cumulativeStrength = new double[managers.Length];
        var total = 0.0;
        for (var i = 0; i < managers.Length; i++)
        {
            total += profiles[i].Strength;
            cumulativeStrength[i] = total;
        }

        fed = [.. campaign.Kpis.Select(k => k.Kpi).Where(k => k.Aggregation != KpiAggregation.Ratio)];
        workingDays = Enumerable.Range(0, campaign.DayCount).Count(d => campaign.Calendar.IsWorkingDay(campaign.DayAt(d)));
    }

    /// <summary>
    /// One event at <paramref name="time"/>, sized for a stream of about <paramref name="eventsPerWorkingDay"/>
    /// events per working day; null when the chosen manager has gone quiet.
    /// </summary>
    public SimulatedEvent? Next(DateTimeOffset time, double eventsPerWorkingDay)
    {
        var m = PickManager();
        if (profiles[m].Inactive && time > campaign.Start.AddDays(GoesQuietAfterDays))
        {
            return null;
        }

        var kpi = fed[random.Next(fed.Length)];
        var manager = managers[m];
        var target = campaign.Targets[manager.Index, kpi.Index];
        if (double.IsNaN(target))
        {
            return null;
        }

        var value = kpi.Aggregation switch
        {
            KpiAggregation.Latest => target * profiles[m].Strength * campaign.TimeProgress(time) * (0.9 + (0.2 * random.NextDouble())),

            // A closing balance sits around the average the manager is set, moved by form.
            KpiAggregation.DailyAverage => target * profiles[m].Strength * (0.85 + (0.3 * random.NextDouble())),
            _ => FlowValue(kpi, target, eventsPerWorkingDay),
        };
        // Within what one event of the KPI may carry, as ingest checks it: a thin day (few events) would otherwise
        // draw a single 2,000-customer event that a real source never sends.
        return new SimulatedEvent(time, manager.Index, kpi.Index, Math.Clamp(Round(value, kpi.Decimals), kpi.MinEvent, kpi.MaxEvent), tags?.For(kpi) ?? 0);
    }

    /// <summary>A time inside [from, to) drawn by the day's traffic shape (rejection sampling).</summary>
    public DateTimeOffset TimeIn(DateTimeOffset from, DateTimeOffset to)
    {
        for (var attempt = 0; ; attempt++)
        {
            var t = from + ((to - from) * random.NextDouble());
            var local = TimeZoneInfo.ConvertTime(t, campaign.TimeZone);
            var working = campaign.Calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime));
            if (attempt > 50 || random.NextDouble() < TrafficShape.Intensity(TimeOnly.FromDateTime(local.DateTime), working))
            {
                return new DateTimeOffset(t.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
            }
        }
    }

    private double FlowValue(Kpi kpi, double target, double eventsPerWorkingDay)
    {
        if (kpi.BigDeal > 0 && kpi.Decimals > 0 && random.NextDouble() < BigDealChance)
        {
            return kpi.BigDeal * (1 + (2 * random.NextDouble()));
        }

        // Mean per event so that a manager's expected total over the campaign is target × form.
        var mean = target * cumulativeStrength[^1] * fed.Length / (eventsPerWorkingDay * workingDays);
        var lognormal = Math.Exp((0.6 * Gaussian()) - 0.18);
        var value = mean * lognormal;
        if (kpi.Decimals > 0 && random.NextDouble() < OutflowChance && kpi.Code is "deposit_new" or "aum_growth")
        {
            return -value * 0.5;
        }

        return value;
    }

    private int PickManager()
    {
        var x = random.NextDouble() * cumulativeStrength[^1];
        var i = Array.BinarySearch(cumulativeStrength, x);
        return Math.Min(i < 0 ? ~i : i, managers.Length - 1);
    }

    private double Round(double value, int decimals)
    {
        if (decimals > 0)
        {
            return Math.Round(value, decimals);
        }

        // Counts: round up or down at random in proportion, so small means still add up to the target.
        var floor = Math.Floor(value);
        return floor + (random.NextDouble() < value - floor ? 1 : 0);
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
