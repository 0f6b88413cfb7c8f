using System.Globalization;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.IngestBench;

/// <summary>
/// Issue 3 in one run: N events over HTTP into WarRoom on SQLite, then (rounds alternating) the same events into
/// WarRoom on InfluxDB and the same points as line protocol straight into the same influxd.
/// </summary>
internal static class IngestRun
{
    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Int("--events", 1_000_000);
        var perBody = args.Int("--batch", 10_000);
        var connections = args.Int("--connections", 4);
        var rounds = args.Int("--rounds", 2);
        var linesPerBody = args.Int("--lines", 5_000);
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work);
        var warmup = new Warmup(seed, TimeSpan.FromSeconds(args.Int("--warmup-seconds", 20)), perBody);
        var events = SyntheticEvents.Make(seed, "ib", 1, count, count);
        var bodies = JsonBodies.Make(seed.Data, events, perBody);
        var lines = LineProtocolReference.Bodies(seed.Data, events, linesPerBody);
        Console.WriteLine($"{count:N0} events in {bodies.Count} bodies of {perBody:N0} ({bodies.Sum(b => (long)b.Length) / count} bytes/event), " +
            $"{connections} connections; {seed.Data.Org.ManagerCount:N0} managers; {Environment.ProcessorCount} cores; load {CpuSample.LoadAverage()}");

        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        if (!args.Flag("--skip-sqlite"))
        {
            await using var app = await WarRoomProcess.StartAsync(AppSettings.Sqlite(seed, Path.Combine(work, "sqlite")));
            Report("WarRoom over HTTP, SQLite", await PostAsync(app, warmup, bodies, connections, influxd), count);
        }

        if (args.Flag("--skip-influx"))
        {
            return;
        }

        var through = new List<double>();
        var reference = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            // Alternate so that neither side always meets influxd busy compacting the other's data.
            var before = CpuSample.Take(null, influxd.ProcessId);
            var load = CpuSample.LoadAverage();
            var time = await LineProtocolReference.PostAsync(influxd.Url, $"ref{round}", lines, connections);
            reference.Add(count / time.TotalSeconds);
            Console.WriteLine(F($"reference line protocol -> influxd, round {round}: {count:N0} events in {time.TotalSeconds:F2} s = {count / time.TotalSeconds:N0} events/s (load {load})"));
            Console.WriteLine("    " + CpuSample.Describe(before, CpuSample.Take(null, influxd.ProcessId)));
            await Expect(influxd.Url, $"ref{round}", count);

            if (args.Flag("--reference-only"))
            {
                continue;
            }

            var database = $"app{round}";
            var settings = AppSettings.Influx(seed, Path.Combine(work, $"influx{round}"), influxd.Url, database);
            if (args.Value("--write-concurrency") is { } writeConcurrency)
            {
                settings["WarRoom:Influx:WriteConcurrency"] = writeConcurrency;
            }

            await using var app = await WarRoomProcess.StartAsync(settings);
            var run = await PostAsync(app, warmup, bodies, connections, influxd);
            through.Add(count / run.Totals.Elapsed.TotalSeconds);
            Report($"WarRoom over HTTP, InfluxDB, round {round}", run, count);
            await Expect(influxd.Url, database, count + run.WarmupEvents);
        }

        if (through.Count == 0)
        {
            return;
        }

        Console.WriteLine(F($"ratio (WarRoom on InfluxDB over HTTP) / (reference) = {through.Average() / reference.Average():F3} (means of {rounds} rounds: {through.Average():N0} vs {reference.Average():N0} events/s)"));
    }

    private static async Task<Measured> PostAsync(WarRoomProcess app, Warmup warmup, List<byte[]> bodies, int connections, InfluxdProcess influxd)
    {
        using var client = new IngestClient(app.Address, AppSettings.IngestKey, connections);
        var warmed = await warmup.RunAsync(client);
        Console.WriteLine($"    (app pid {app.ProcessId} warmed up with {warmed:N0} events; timing starts)");
        var load = CpuSample.LoadAverage();
        var before = CpuSample.Take(app.ProcessId, influxd.ProcessId);
        var totals = await client.PostAllAsync(bodies);
        var after = CpuSample.Take(app.ProcessId, influxd.ProcessId);
        return new Measured(totals, warmed, load, (CpuSample.Describe(before, after), after.App - before.App), CpuSample.ResidentMiB(app.ProcessId));
    }

    private static void Report(string what, Measured run, int expected)
    {
        var t = run.Totals;
        Console.WriteLine(F($"{what}: {t.Accepted:N0} accepted in {t.Elapsed.TotalSeconds:F2} s = {t.Accepted / t.Elapsed.TotalSeconds:N0} events/s (load {run.Load}; {t.Duplicates} duplicates, {t.Rejected} rejected, {t.Retries} 503/429 retries; app RSS {run.ResidentMiB:F0} MiB)"));
        Console.WriteLine("    request latency " + Percentiles.Describe(t.LatencyMs));
        Console.WriteLine("    " + run.Cpu.Text + F($"; app {run.Cpu.AppSeconds * 1e6 / t.Accepted:F2} CPU-µs/event"));
        if (t.Accepted != expected)
        {
            throw new InvalidOperationException($"{what}: {t.Accepted} accepted, expected {expected}");
        }
    }

    /// <summary>
    /// Everything acknowledged must be in influxd: a spooled batch shows up only after its drain, so this waits a
    /// little, then reports a shortfall instead of hiding it (influxd 1.6 has been seen to lose points it answered
    /// 204 for, see docs/benchmarks.md).
    /// </summary>
    private static async Task Expect(string url, string database, long expected)
    {
        long points = 0;
        for (var second = 0; second <= 30; second++)
        {
            points = await InfluxCount.PointsAsync(url, database);
            if (points == expected)
            {
                Console.WriteLine(F($"    {database}: influxd holds all {expected:N0} points{(second > 0 ? $" ({second} s after the last answer)" : "")}"));
                return;
            }

            await Task.Delay(1000);
        }

        Console.WriteLine(F($"    {database}: influxd holds {points:N0} points, expected {expected:N0}: {expected - points:N0} MISSING"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Measured(IngestTotals Totals, long WarmupEvents, string Load, (string Text, double AppSeconds) Cpu, double ResidentMiB);
}
