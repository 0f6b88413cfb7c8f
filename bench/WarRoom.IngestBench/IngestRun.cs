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
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work) with { BigDealShare = args.Double("--big-deals", 0.002) };
        var warmup = new Warmup(seed, TimeSpan.FromSeconds(args.Int("--warmup-seconds", 20)), perBody);
        var events = SyntheticEvents.Make(seed, "ib", 1, count, count);
        var bodies = JsonBodies.Make(seed.Data, events, perBody);
        var lines = LineProtocolReference.Bodies(seed.Data, events, linesPerBody);
        Console.WriteLine($"{count:N0} events in {bodies.Count} bodies of {perBody:N0} ({bodies.Sum(b => (long)b.Length) / count} bytes/event), " +
            $"{connections} connections; {seed.Data.Org.ManagerCount:N0} managers; {seed.BigDealShare:P1} big deals; {Environment.ProcessorCount} cores; load {CpuSample.LoadAverage()}");

        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        for (var round = 1; round <= (args.Flag("--skip-sqlite") ? 0 : args.Int("--sqlite-rounds", 1)); round++)
        {
            var name = $"sqlite{round}";
            await AppRound.RunAsync(attempt => Sized(AppSettings.Sqlite(seed, Path.Combine(work, $"{name}-{attempt}")), count), async app =>
                Report($"WarRoom over HTTP, SQLite, round {round}", await PostAsync(app, warmup, bodies, connections, influxd), count));
        }

        if (args.Flag("--skip-influx"))
        {
            return;
        }

        var through = new List<double>();
        var reference = new List<double>();
        long preload = args.OptionalInt("--reference-preload") ?? 0, preloadSmall = 0;
        for (var round = 1; round <= rounds; round++)
        {
            // Start each side against an idle influxd, so that neither pays for the other's compactions, and swap
            // which side goes first every round (app, reference; reference, app; …): influxd's cost per point drifts
            // up as the run fills it with databases, and a fixed order would hand that drift to the second side.
            // A reference that goes first mirrors the warm-up of the app round before it.
            var referenceFirst = round % 2 == 0 && !args.Flag("--reference-only");
            if (referenceFirst)
            {
                reference.Add(await ReferenceRoundAsync(influxd, seed, $"ref{round}", round, lines, (preload, preloadSmall), count, connections));
            }

            if (!args.Flag("--reference-only"))
            {
                var name = $"app{round}";
                await AppRound.RunAsync(attempt => Influx(args, Sized(AppSettings.Influx(seed, Path.Combine(work, $"{name}-{attempt}"), influxd.Url, $"{name}_{attempt}"), count)), async app =>
                {
                    await InfluxdIdle.WaitAsync(influxd, TimeSpan.FromSeconds(120));
                    var run = await PostAsync(app, warmup, bodies, connections, influxd, () => InfluxdIdle.WaitAsync(influxd, TimeSpan.FromSeconds(120)));
                    through.Add(count / run.Totals.Elapsed.TotalSeconds);
                    Report($"WarRoom over HTTP, InfluxDB, round {round}", run, count);
                    await InfluxCount.ExpectAsync(influxd.Url, app.Settings["WarRoom:Influx:Database"]!, count + run.WarmupEvents);
                    await InfluxCount.DropAsync(influxd.Url, app.Settings["WarRoom:Influx:Database"]!);
                    preload = args.OptionalInt("--reference-preload") ?? run.WarmupEvents;
                    preloadSmall = args.OptionalInt("--reference-preload") is null ? Math.Min(preload, warmup.LastInSmallBodies) : 0;
                });
            }

            if (!referenceFirst)
            {
                reference.Add(await ReferenceRoundAsync(influxd, seed, $"ref{round}", round, lines, (preload, preloadSmall), count, connections));
            }

            if (through.Count == reference.Count && through.Count > 0)
            {
                Console.WriteLine(F($"    round {round}: ratio {through[^1] / reference[^1]:F3} ({(referenceFirst ? "reference" : "app")} first)"));
            }
        }

        if (through.Count == 0)
        {
            return;
        }

        Console.WriteLine(F($"ratio (WarRoom on InfluxDB over HTTP) / (reference) = {through.Average() / reference.Average():F3} (means of {rounds} rounds: {through.Average():N0} vs {reference.Average():N0} events/s)"));
    }

    /// <summary>
    /// The reference round. Its database first gets untimed points the way the app round's warm-up filled the app's
    /// database (as many points; those the app took in small requests in bodies of 1,000 lines, about what its group
    /// commits of 4 × 250 events sent on), so that both sides write the measured points into a database with the
    /// same series and history; a fresh database would make the reference pay for creating every series, which the
    /// app's warm-up already paid.
    /// </summary>
    private static async Task<double> ReferenceRoundAsync(
        InfluxdProcess influxd, BenchSeed seed, string database, int round, List<byte[]> lines, (long All, long InSmallBodies) preload, int count, int connections)
    {
        if (preload.All > 0)
        {
            var extra = SyntheticEvents.Make(seed, "preload", count + 1, (int)preload.All, 10_000_000);
            var small = (int)preload.InSmallBodies;
            await LineProtocolReference.PostAsync(influxd.Url, database, [
                .. LineProtocolReference.Bodies(seed.Data, extra[..small], 1_000),
                .. LineProtocolReference.Bodies(seed.Data, extra[small..], 5_000)], connections);
        }

        await InfluxdIdle.WaitAsync(influxd, TimeSpan.FromSeconds(120));
        var before = CpuSample.Take(null, influxd.ProcessId);
        var load = CpuSample.LoadAverage();
        var writes = await InfluxdStats.WritesAsync(influxd.Url);
        var time = await LineProtocolReference.PostAsync(influxd.Url, database, lines, connections);
        writes = Subtract(await InfluxdStats.WritesAsync(influxd.Url), writes);
        Console.WriteLine(F($"reference line protocol -> influxd, round {round}: {count:N0} events in {time.TotalSeconds:F2} s = {count / time.TotalSeconds:N0} events/s (load {load}; database preloaded with {preload.All:N0} points, {preload.InSmallBodies:N0} in bodies of 1,000)"));
        Console.WriteLine("    " + CpuSample.Describe(before, CpuSample.Take(null, influxd.ProcessId)) + F($"; influxd served {writes.Requests} /write requests"));
        await InfluxCount.ExpectAsync(influxd.Url, database, count + preload.All);
        await InfluxCount.DropAsync(influxd.Url, database);
        return count / time.TotalSeconds;
    }

    /// <summary>
    /// The id ledger sized for what the app will hold, as the README tells an operator to size it for the campaign:
    /// the warm-up (20 s, up to ~3,000,000 events) and the measured events. Left at its default the table grows by half
    /// once it passes 2,000,000 ids, which lands inside the measured million and stalls the writer while it copies.
    /// </summary>
    private static Dictionary<string, string?> Sized(Dictionary<string, string?> settings, int count)
    {
        settings["WarRoom:Ingest:ExpectedEvents"] = (count + 3_000_000).ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    private static Dictionary<string, string?> Influx(BenchArgs args, Dictionary<string, string?> settings)
    {
        if (args.Value("--write-concurrency") is { } writeConcurrency)
        {
            settings["WarRoom:Influx:WriteConcurrency"] = writeConcurrency;
        }

        foreach (var setting in args.All("--app-setting"))
        {
            var at = setting.IndexOf('=', StringComparison.Ordinal);
            settings[setting[..at]] = setting[(at + 1)..];
        }

        return settings;
    }

    private static async Task<Measured> PostAsync(
        AppHandle handle, Warmup warmup, List<byte[]> bodies, int connections, InfluxdProcess influxd, Func<Task>? beforeTiming = null)
    {
        var app = handle.Process;
        using var client = new IngestClient(app.Address, AppSettings.IngestKey, connections);
        try
        {
            return await PostAsync(app, client, warmup, bodies, influxd, beforeTiming);
        }
        catch (HttpRequestException e)
        {
            var log = app.Log;
            throw new AppRound.StoppedException($"the app at {app.Address} stopped answering ({e.Message} at {DateTime.Now:HH:mm:ss.fff}); the end of its log:\n{log[Math.Max(0, log.Length - 2000)..]}", e);
        }
    }

    private static async Task<Measured> PostAsync(
        WarRoomProcess app, IngestClient client, Warmup warmup, List<byte[]> bodies, InfluxdProcess influxd, Func<Task>? beforeTiming)
    {
        var warmed = await warmup.RunAsync(client);
        if (beforeTiming is not null)
        {
            await beforeTiming();
        }

        Console.WriteLine($"    (app pid {app.ProcessId} warmed up with {warmed:N0} events; timing starts)");
        var load = CpuSample.LoadAverage();
        var before = CpuSample.Take(app.ProcessId, influxd.ProcessId);
        var writes = await InfluxdStats.WritesAsync(influxd.Url);
        var totals = await client.PostAllAsync(bodies);
        writes = Subtract(await InfluxdStats.WritesAsync(influxd.Url), writes);
        var after = CpuSample.Take(app.ProcessId, influxd.ProcessId);
        var cpu = CpuSample.Describe(before, after) + (writes.Requests > 0 ? F($"; influxd served {writes.Requests} /write requests") : "");
        return new Measured(totals, warmed, load, (cpu, after.App - before.App), CpuSample.ResidentMiB(app.ProcessId));
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

    private static (long Requests, long Points) Subtract((long Requests, long Points) after, (long Requests, long Points) before) =>
        (after.Requests - before.Requests, after.Points - before.Points);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Measured(IngestTotals Totals, long WarmupEvents, string Load, (string Text, double AppSeconds) Cpu, double ResidentMiB);
}
