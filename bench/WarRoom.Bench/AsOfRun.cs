using System.Diagnostics;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Bench;

/// <summary>
/// <c>--asof [--events N] [--iterations N]</c>: the budgets of issue 22 on the <see cref="SyntheticBank"/> (20,000
/// managers, 12 KPIs) holding N events up to <see cref="SyntheticBank.Now"/>:
/// an as-of ranking of every manager (top 50 by composite, the heaviest metric) at a different instant each time, so
/// every read builds its cut (p50/p99); the same with the instant repeated (cached cut); a live ranking with and
/// without forecasts (mean, the forecast's added cost); and the managed heap the events add per event.
/// </summary>
internal static class AsOfRun
{
    public static void Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--events", 10_000_000);
        var iterations = BenchArgs.Int(args, "--iterations", 400);
        var bank = new SyntheticBank();
        var events = SyntheticEvents.History(bank, count, SyntheticBank.Now);
        var empty = Heap();
        using var aggregates = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign);
        var built = Heap();
        aggregates.Apply(events);
        var loaded = Heap();
        GC.KeepAlive(events);
        var ranker = new Ranker(aggregates);
        var query = new RankingQuery(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, bank.Tree.Root, RankWindow.CampaignToDate, Top: 50);
        var random = new Random(7);
        var span = (SyntheticBank.Now - bank.Campaign.Start).TotalMinutes;
        DateTimeOffset Instant() => bank.Campaign.Start.AddMinutes(1 + random.Next((int)span - 1));

        var gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var fresh = Time(iterations, () => ranker.RankAsOf(query, Instant()));
        gen2 = GC.CollectionCount(2) - gen2;
        var cpuPerRead = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (iterations + 20);
        var friday = Instant();
        var cached = Time(iterations, () => ranker.RankAsOf(query, friday));
        var kpi = query with { Metric = "k00", Basis = RankBasis.Completion };
        var (plain, forecast) = Paired(iterations * 5, () => ranker.Rank(query, SyntheticBank.Now), () => ranker.Rank(query with { Forecast = true }, SyntheticBank.Now));
        var (plainKpi, forecastKpi) = Paired(iterations * 5, () => ranker.Rank(kpi, SyntheticBank.Now), () => ranker.Rank(kpi with { Forecast = true }, SyntheticBank.Now));

        Console.WriteLine(FormattableString.Invariant($"events {count:N0} (journaled {aggregates.JournaledEvents:N0}), managers {SyntheticBank.Managers:N0}, iterations {iterations}"));
        Console.WriteLine(FormattableString.Invariant($"asOf ranking, top 50 of 20k managers by composite, a new instant each time: p50 {P(fresh, 0.5):F2} ms, p99 {P(fresh, 0.99):F2} ms, max {fresh.Max():F2} ms ({gen2} gen-2 collections; CPU {cpuPerRead:F2} ms per read)"));
        Console.WriteLine(FormattableString.Invariant($"asOf ranking, same instant (cached cut): p50 {P(cached, 0.5):F2} ms, p99 {P(cached, 0.99):F2} ms"));
        Console.WriteLine(FormattableString.Invariant($"live ranking composite top 50: mean {plain.Average():F3} ms, with forecast {forecast.Average():F3} ms (+{100 * ((forecast.Average() / plain.Average()) - 1):F1} %; medians {P(plain, 0.5):F3} / {P(forecast, 0.5):F3} ms, +{100 * ((P(forecast, 0.5) / P(plain, 0.5)) - 1):F1} %)"));
        Console.WriteLine(FormattableString.Invariant($"live ranking k00 by completion top 50: mean {plainKpi.Average():F3} ms, with forecast {forecastKpi.Average():F3} ms (+{100 * ((forecastKpi.Average() / plainKpi.Average()) - 1):F1} %; medians +{100 * ((P(forecastKpi, 0.5) / P(plainKpi, 0.5)) - 1):F1} %)"));
        Console.WriteLine(FormattableString.Invariant($"managed heap: aggregates empty {(built - empty) / 1e6:F1} MB, +{(loaded - built) / 1e6:F1} MB for the events = {(loaded - built) / (double)count:F1} bytes per event"));

        // Last year's campaign for 同比 (decision 0021): the same events in aggregates of whole days, all of it counted.
        var beforePast = Heap();
        using var past = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign, keepJournal: false);
        past.Apply(events);
        var pastLoaded = Heap();
        var (live, old) = ((loaded - empty) / (double)count, (pastLoaded - beforePast) / (double)count);
        Console.WriteLine(FormattableString.Invariant($"past campaign of {count:N0} events (no journal), everything counted: {(pastLoaded - beforePast) / 1e6:F1} MB = {old:F1} bytes per event; the live campaign {live:F1} bytes per event: {old / live:F2}×"));
        GC.KeepAlive(past);
    }

    private static double[] Time(int iterations, Action read)
    {
        for (var i = 0; i < 20; i++)
        {
            read();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            read();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    /// <summary>Two reads timed in turn, so that a loaded machine's swings fall on both alike.</summary>
    private static (double[] A, double[] B) Paired(int iterations, Action a, Action b)
    {
        Time(20, a);
        Time(20, b);
        var (left, right) = (new double[iterations], new double[iterations]);
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            a();
            left[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            b();
            right[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(left);
        Array.Sort(right);
        return (left, right);
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
