using System.Diagnostics;
using System.Globalization;
using WarRoom.IngestBench;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Soak;

/// <summary>
/// Starts the app (on InfluxDB, or SQLite) with the ledger sized for the run, then ingests at a steady rate while readers ask for
/// rankings, sampling the app's RSS. Every body is answered 200 (a 429/503 is retried after its Retry-After);
/// anything else, or a reader's error, counts as a failure.
/// </summary>
internal static class SoakRun
{
    public static async Task<SoakResult> RunAsync(SoakPlan plan, string work)
    {
        var seed = BenchSeed.Prepare(null, work);
        await using var influxd = new InfluxdProcess(plan.Store == "influx" ? InfluxdLocator.RequirePath() : "influxd");
        if (plan.Store == "influx")
        {
            await influxd.StartAsync();
        }

        var data = Path.Combine(work, "data");
        var settings = plan.Store == "influx" ? AppSettings.Influx(seed, data, influxd.Url, "soak") : AppSettings.Sqlite(seed, data);
        settings["WarRoom:Ingest:ExpectedEvents"] = (plan.Events + plan.Batch).ToString(CultureInfo.InvariantCulture);
        await using var app = await WarRoomProcess.StartAsync(settings);
        using var ingest = new IngestClient(app.Address, AppSettings.IngestKey, 1);
        var totals = new IngestTotals();
        var samples = new List<RssSample>();
        var readerMs = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, plan.Readers).Select(r => Task.Run(async () =>
        {
            using var client = new RankingClient(app.Address);
            string[] queries = ["level=manager&top=20", "level=branch&metric=deposit_new&basis=completion", "level=subbranch&basis=pace&metric=fund_sales&top=50"];
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var (_, ms) = await client.GetAsync(queries[i % queries.Length]);
                    lock (readerMs)
                    {
                        readerMs.Add(ms);
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"reader: {e.Message}");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        })).ToArray();

        var nextSample = TimeSpan.Zero;
        long sent = 0;
        while (clock.Elapsed < plan.Duration && sent < plan.Events)
        {
            if (clock.Elapsed >= nextSample)
            {
                var sample = RssSample.Read(app.ProcessId, clock.Elapsed, totals.Accepted);
                samples.Add(sample);
                Console.WriteLine($"{sample.Elapsed:hh\\:mm\\:ss}  accepted {sample.Accepted,10:N0}  RSS {sample.RssBytes / 1048576.0,8:F1} MB  anon {sample.AnonBytes / 1048576.0,8:F1} MB  load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
                nextSample += plan.SampleEvery;
            }

            var count = (int)Math.Min(plan.Batch, plan.Events - sent);
            var body = JsonBodies.Make(seed.Data, SyntheticEvents.Make(seed, "soak", sent + 1, count, plan.Events), count)[0];
            try
            {
                await ingest.PostOneAsync(body, totals);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
            {
                failures++;
                Console.Error.WriteLine($"ingest: {e.Message}");
            }

            sent += count;
            var due = plan.BodyInterval * (sent / (double)plan.Batch);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
        }

        samples.Add(RssSample.Read(app.ProcessId, clock.Elapsed, totals.Accepted));
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return new SoakResult(samples, totals, [.. readerMs], failures, clock.Elapsed);
    }
}

internal sealed record SoakResult(IReadOnlyList<RssSample> Samples, IngestTotals Ingest, IReadOnlyList<double> ReaderMs, int Failures, TimeSpan Elapsed);
