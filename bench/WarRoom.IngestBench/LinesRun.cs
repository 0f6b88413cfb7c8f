using System.Globalization;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.IngestBench;

/// <summary>
/// Issue 21's budget: line-protocol ingest (/write) against JSON ingest (/api/v1/events) of the same events into
/// WarRoom on SQLite, each round on a fresh app and data folder, alternating which goes first.
/// </summary>
internal static class LinesRun
{
    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Int("--events", 500_000);
        var perBody = args.Int("--batch", 5_000);
        var connections = args.Int("--connections", 4);
        var rounds = args.Int("--rounds", 3);
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work);
        var events = SyntheticEvents.Make(seed, "lp", 1, count, count);
        var warm = SyntheticEvents.Make(seed, "warm", count + 1, Math.Min(count, 100_000), count * 2L);
        var json = (Warm: JsonBodies.Make(seed.Data, warm, perBody), Measured: JsonBodies.Make(seed.Data, events, perBody));
        var lines = (Warm: LineBodies.Make(seed.Data, warm, perBody), Measured: LineBodies.Make(seed.Data, events, perBody));
        Console.WriteLine(F($"{count:N0} events in bodies of {perBody:N0} (JSON {json.Measured.Sum(b => (long)b.Length) / count} bytes/event, line protocol {lines.Measured.Sum(b => (long)b.Length) / count}), {connections} connections; load {CpuSample.LoadAverage()}"));

        var jsonRates = new List<double>();
        var lineRates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var side in round % 2 == 1 ? new[] { "json", "lines" } : ["lines", "json"])
            {
                var isLines = side == "lines";
                await AppRound.RunAsync(attempt => AppSettings.Sqlite(seed, Path.Combine(work, $"{side}{round}-{attempt}")), async app =>
                {
                    using var client = new IngestClient(app.Process.Address, AppSettings.IngestKey, connections) { LinePath = isLines ? "/write?precision=ms" : null };
                    await client.PostAllAsync(isLines ? lines.Warm : json.Warm);
                    var totals = await client.PostAllAsync(isLines ? lines.Measured : json.Measured);
                    if (totals.Accepted != count)
                    {
                        throw new InvalidOperationException($"{side}: {totals.Accepted:N0} of {count:N0} accepted ({totals.Rejected} rejected)");
                    }

                    var rate = count / totals.Elapsed.TotalSeconds;
                    (isLines ? lineRates : jsonRates).Add(rate);
                    Console.WriteLine(F($"  round {round} {side,-5}: {rate:N0} events/s ({totals.Elapsed.TotalSeconds:F2} s, {totals.Retries} retries, load {CpuSample.LoadAverage()})"));
                });
            }
        }

        Console.WriteLine(F($"line protocol / JSON = {lineRates.Average() / jsonRates.Average():F3} (means of {rounds} rounds: {lineRates.Average():N0} vs {jsonRates.Average():N0} events/s)"));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
