using System.Diagnostics;
using System.Globalization;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.IngestBench;

/// <summary>
/// Issue 4 in one run: the app on InfluxDB with a generated bank loaded over HTTP, then, while ingest runs at a
/// steady rate, the composite manager ranking over HTTP against the same ranking from InfluxQL on the same
/// influxd (interleaved), and the time from an ingest answer to the ranking showing that event.
/// </summary>
internal static class RankingRun
{
    private const string Composite = "level=manager&metric=composite&top=50";

    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Int("--events", 3_000_000);
        var shape = args.Value("--shape") == "national" ? WarRoom.SeedGeneration.SeedShape.National : WarRoom.SeedGeneration.SeedShape.Regional;
        var seed = BenchSeed.Prepare(args.Int("--managers", 20_000), work, shape);
        Console.WriteLine($"{seed.Data.Org.ManagerCount:N0} managers ({shape}, {seed.Data.Org.Units.Count:N0} units), {count:N0} events; load {CpuSample.LoadAverage()}");
        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        await using var app = await WarRoomProcess.StartAsync(AppSettings.Influx(seed, Path.Combine(work, "ranking"), influxd.Url, "ranking"));
        using var ingest = new IngestClient(app.Address, AppSettings.IngestKey, 4);
        var empty = await AppMemory.ReadAsync(app.ProcessId, app.Address);
        Console.WriteLine($"memory at ready, no events: {empty.Describe()}");
        var clock = Stopwatch.StartNew();
        for (var first = 1; first <= count; first += 500_000)
        {
            var events = SyntheticEvents.Make(seed, "rk", first, Math.Min(500_000, count - first + 1), count);
            await ingest.PostAllAsync(JsonBodies.Make(seed.Data, events, 10_000));
        }

        Console.WriteLine(F($"loaded {count:N0} events over HTTP in {clock.Elapsed.TotalSeconds:F1} s; influxd holds {await InfluxCount.PointsAsync(influxd.Url, "ranking"):N0} points"));
        var loaded = await AppMemory.ReadAsync(app.ProcessId, app.Address);
        Console.WriteLine($"memory after {count:N0} events: {loaded.Describe()}; {loaded.PerEvent(empty, count)}");
        using var ranking = new RankingClient(app.Address);
        var influxQl = new InfluxQlRanking(seed, influxd.Url, "ranking");
        Compare((await ranking.GetAsync(Composite)).Rows, await influxQl.TopAsync(50));

        var probe = seed.Data.Org[seed.Managers[^1]];
        var lateShare = args.Int("--late-percent", 10) / 100.0;
        await using (var background = new BackgroundIngest(seed, ingest, args.Int("--rate", 2_000), probe.Index, lateShare))
        {
            Console.WriteLine(F($"background ingest: {args.Int("--rate", 2_000):N0} events/s, {lateShare:P0} dated on an earlier campaign day at random, the rest today"));
            background.Start();
            await Latencies(ranking, influxQl, args.Int("--influx-queries", 10), args.Int("--per-query", 50));
            await Visibility(seed, ingest, ranking, probe, args.Int("--probes", 200));
            Console.WriteLine(F($"background ingest meanwhile: {background.Accepted:N0} events accepted, {background.Rate:N0} events/s; load {CpuSample.LoadAverage()}"));
        }

        // Rebuilt closes were 17 MB of garbage per ranking and drove the app to 11-14 GB before they were patched instead.
        Console.WriteLine($"memory after the rankings and the background ingest: {(await AppMemory.ReadAsync(app.ProcessId, app.Address)).Describe()}");
    }

    /// <summary>Interleaved: one InfluxQL ranking, then a run of HTTP rankings, so both see the same conditions.</summary>
    private static async Task Latencies(RankingClient ranking, InfluxQlRanking influxQl, int influxQueries, int perQuery)
    {
        var app = new List<double>();
        var influx = new List<double>();
        var breakdown = new RankingBreakdown();
        for (var i = 0; i < influxQueries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await influxQl.TopAsync(50);
            influx.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            for (var j = 0; j < perQuery; j++)
            {
                var answer = await ranking.GetTimedAsync(Composite);
                app.Add(answer.Ms);
                breakdown.Add(i, j, answer.Ms, answer.Server, ranking.LastServerTiming);
            }
        }

        Console.WriteLine($"GET /api/v1/rankings?{Composite} over HTTP: {Percentiles.Describe(app)} (load {CpuSample.LoadAverage()})");
        breakdown.Print(5);
        Console.WriteLine($"the same ranking by InfluxQL (one /query, GROUP BY unit per KPI, composite in code): {Percentiles.Describe(influx)}");
        Console.WriteLine(F($"ratio InfluxQL / WarRoom: p50 {Percentiles.Of(influx, 50) / Percentiles.Of(app, 50):F0}x, p99 {Percentiles.Of(influx, 99) / Percentiles.Of(app, 99):F0}x"));
    }

    /// <summary>From the ingest answer to the first ranking read that shows the event, on a manager no other event touches.</summary>
    private static async Task Visibility(BenchSeed seed, IngestClient ingest, RankingClient ranking, WarRoom.Core.Org.OrgUnit probe, int probes)
    {
        var kpi = seed.Data.Campaign.Kpis.First(k => k.Kpi.Aggregation == KpiAggregation.Sum).Kpi;
        var query = $"level=manager&scope={probe.ParentCode}&metric={kpi.Code}";
        var latencies = new List<double>();
        var reads = new List<double>();
        var time = seed.Data.Campaign.Start.AddDays(1).ToUnixTimeMilliseconds();
        for (var i = 0; i < probes; i++)
        {
            var before = Value((await ranking.GetAsync(query)).Rows, probe.Code);
            var body = JsonBodies.One(seed.Data, new EventRecord(0, $"probe-{Guid.NewGuid():N}", time, probe.Index, kpi.Index, 1));
            await ingest.PostOneAsync(body, new IngestTotals());
            var answered = Stopwatch.GetTimestamp();
            var polls = 0;
            while (true)
            {
                polls++;
                if (Value((await ranking.GetAsync(query)).Rows, probe.Code) >= before + 1 - 1e-9)
                {
                    break;
                }
            }

            latencies.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);
            reads.Add(polls);
        }

        Console.WriteLine($"ingest 200 -> ranking shows the event: {Percentiles.Describe(latencies)}; ranking reads needed: max {reads.Max()}");
    }

    private static double Value(List<(string Unit, double? Value, double? Score)> rows, string unit) => rows.Single(r => r.Unit == unit).Value ?? 0;

    /// <summary>
    /// Row by row: the same unit with the same score (to 1e-3), or a tie — the same score at that position, its units
    /// listed in another order (competition ranks: ties share a rank, their order is by unit code in WarRoom and by
    /// score then code in the check, but a score equal to 1e-3 may differ in the last bits).
    /// </summary>
    private static void Compare(List<(string Unit, double? Value, double? Score)> app, List<(string Unit, double Score)> influx)
    {
        static bool Near(double? a, double b) => Math.Abs((a ?? double.NaN) - b) < 1e-3;
        var pairs = app.Zip(influx).ToList();
        var same = pairs.Count(p => p.First.Unit == p.Second.Unit && Near(p.First.Score, p.Second.Score));
        var ties = pairs.Count(p => p.First.Unit != p.Second.Unit && Near(p.First.Score, p.Second.Score)
            && influx.Any(i => i.Unit == p.First.Unit && Near(p.First.Score, i.Score)));
        Console.WriteLine(F($"top 50 by composite: WarRoom and InfluxQL agree on {same} of {pairs.Count} rows (unit and score to 1e-3), {ties} more are ties listed in another order, {pairs.Count - same - ties} differ"));
        foreach (var (a, b) in pairs.Where(p => !Near(p.First.Score, p.Second.Score)).Take(5))
        {
            Console.WriteLine(F($"    differs: WarRoom {a.Unit} {a.Score:F4}, InfluxQL {b.Unit} {b.Score:F4}"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
