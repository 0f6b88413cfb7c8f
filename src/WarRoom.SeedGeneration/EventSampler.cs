using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;

namespace WarRoom.SeedGeneration;

/// <summary>One row of events-sample.csv.</summary>
internal sealed record SampleEvent(string Id, DateTimeOffset Time, string Unit, KpiSpec Kpi, decimal Value);

/// <summary>
/// A small, realistic sample of KPI events for import demos and tests: on working days of the campaign during
/// office hours (09:00–17:30 Beijing time), mostly booked on managers, some on a sub-branch or a branch (figures
/// without an owner below), values skewed toward small amounts, each with a 4% chance of being a big deal. Ids look like the
/// source systems' own (<c>crm-20270104-000017</c>): source, local date, a per-source daily sequence.
/// </summary>
internal static class EventSampler
{
    public static List<SampleEvent> Sample(PlannedOrg org, IReadOnlyList<KpiSpec> kpis, WorkCalendar calendar, int count, int seed)
    {
        var random = new SeedRandom(seed, "events");
        var days = new List<DateOnly>();
        for (var d = CampaignSpec.FirstDay; d <= CampaignSpec.LastDay; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        var managers = org.At(org.Levels.Leaf).ToList();
        var subBranches = org.At(org.Levels.Outlet).ToList();
        var branches = org.At(org.Levels[1]).ToList();
        var shares = kpis.Select(k => k.SampleShare).ToArray();
        var drawn = new List<(DateTimeOffset Time, string Unit, KpiSpec Kpi, decimal Value)>(count);
        for (var i = 0; i < count; i++)
        {
            var day = random.Pick(days);
            var time = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), CampaignSpec.Offset)
                .AddSeconds(random.Next(8 * 3600 + 1800));
            var kpi = kpis[random.PickWeighted(shares, shares.Sum())];
            var unit = kpi.IsReading ? random.Pick(managers)
                : random.Chance(0.02) ? random.Pick(branches)
                : random.Chance(0.08) ? random.Pick(subBranches)
                : random.Pick(managers);
            drawn.Add((time, unit.Code, kpi, Value(kpi, random)));
        }

        // Stable sort: equal times keep their drawing order.
        var ordered = drawn.Select((e, i) => (Event: e, Order: i)).OrderBy(x => x.Event.Time).ThenBy(x => x.Order).Select(x => x.Event);
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = new List<SampleEvent>(count);
        foreach (var e in ordered)
        {
            // A sample shows a fraction of each system's traffic, so its sequence numbers skip.
            var key = e.Kpi.Source + "-" + e.Time.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var next = sequences.GetValueOrDefault(key) + random.Between(1, 40);
            sequences[key] = next;
            events.Add(new SampleEvent(key + "-" + next.ToString("D6", CultureInfo.InvariantCulture), e.Time, e.Unit, e.Kpi, e.Value));
        }

        return events;
    }

    private static decimal Value(KpiSpec kpi, SeedRandom random)
    {
        var big = random.Chance(0.04);
        var (min, max) = big ? (kpi.BigDeal, kpi.BigMax) : (kpi.TypicalMin, kpi.TypicalMax);

        // Squaring a uniform draw makes small tickets common and large ones rare, as in real flows.
        var u = (decimal)random.NextDouble();
        var value = min + ((max - min) * u * u);
        return Math.Round(value, kpi.Decimals, MidpointRounding.AwayFromZero);
    }
}
