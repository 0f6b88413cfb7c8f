using WarRoom.Core.Events;

namespace WarRoom.Bench;

/// <summary>Deterministic event streams over a <see cref="SyntheticBank"/>: 98% on managers, 2% on sub-branches.</summary>
internal static class SyntheticEvents
{
    private const string Id = "bench"; // Apply never reads the id; one string keeps millions of events small

    /// <summary><paramref name="count"/> events spread over the days from the campaign start up to <paramref name="until"/>.</summary>
    public static EventRecord[] History(SyntheticBank bank, int count, DateTimeOffset until, int seed = 1) =>
        Between(bank, count, bank.Campaign.Start, until, firstSeq: 1, seed);

    /// <summary>Events of today up to <paramref name="until"/>, as live ingest would bring them.</summary>
    public static EventRecord[] Today(SyntheticBank bank, int count, DateTimeOffset until, long firstSeq, int seed = 2) =>
        Between(bank, count, bank.Campaign.StartOfDay(bank.Campaign.LocalDate(until)), until, firstSeq, seed);

    private static EventRecord[] Between(SyntheticBank bank, int count, DateTimeOffset from, DateTimeOffset until, long firstSeq, int seed)
    {
        var random = new Random(seed);
        var fromMs = from.ToUnixTimeMilliseconds();
        var spanMs = until.ToUnixTimeMilliseconds() - fromMs;
        var managers = bank.Tree.Units.Where(u => u.Level == Core.Org.OrgLevel.Manager).Select(u => u.Index).ToArray();
        var subBranches = bank.Tree.Units.Where(u => u.Level == Core.Org.OrgLevel.SubBranch).Select(u => u.Index).ToArray();
        var events = new EventRecord[count];
        for (var i = 0; i < count; i++)
        {
            var unit = random.Next(50) == 0 ? subBranches[random.Next(subBranches.Length)] : managers[random.Next(managers.Length)];
            var kpi = random.Next(SyntheticBank.KpiCount);
            var latest = bank.Catalog[kpi].Aggregation == Core.Kpis.KpiAggregation.Latest;
            var value = latest ? random.Next(100, 2_000) : random.Next(-500, 5_000) / 100.0;
            events[i] = new EventRecord(firstSeq + i, Id, fromMs + random.NextInt64(spanMs), unit, kpi, value);
        }

        return events;
    }
}
