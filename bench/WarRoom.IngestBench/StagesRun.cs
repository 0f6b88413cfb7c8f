using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.IngestBench;

/// <summary>
/// The ingest path's steps one after another on one thread, each timed over the same bodies: where an event's
/// CPU goes, without HTTP, threads or the other engineers' load smearing it (they still slow the clock).
/// </summary>
internal static class StagesRun
{
    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Int("--events", 1_000_000);
        var perBody = args.Int("--batch", 10_000);
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work);
        var events = SyntheticEvents.Make(seed, "st", 1, count, count);
        var bodies = JsonBodies.Make(seed.Data, events, perBody);
        var checks = new EventChecks(seed.Data.Org, seed.Data.Kpis, seed.Data.Campaign, seed.Clock, TimeSpan.FromMinutes(5));
        Console.WriteLine($"{count:N0} events in bodies of {perBody:N0}; load {CpuSample.LoadAverage()}");

        for (var round = 1; round <= args.Int("--rounds", 3); round++)
        {
            Time("parse + check, lists reused (server-like)", () =>
            {
                foreach (var body in bodies)
                {
                    EventLists.Return(JsonEventReader.Read(body, checks, perBody));
                }
            });
            var parsed = new List<List<IncomingEvent>>();
            Time("parse + check (JsonEventReader)", () => parsed.AddRange(bodies.Select(b => JsonEventReader.Read(b, checks, perBody))));
            Time("in-batch duplicates", () => parsed.ForEach(BatchDuplicates.Reject));
            var ledger = new IdLedger();
            var records = new List<EventRecord>(count);
            Time("id hash + ledger + records", () =>
            {
                long seq = 0;
                foreach (var batch in parsed)
                {
                    foreach (var e in batch)
                    {
                        if (ledger.Add(IdLedger.Hash(e.Id!)))
                        {
                            records.Add(new EventRecord(++seq, e.Id!, e.TimeMs, e.Unit, e.Kpi, e.Value));
                        }
                    }
                }
            });

            await using (var store = new SqliteKpiStore(new SqliteStoreOptions { Path = Path.Combine(work, $"stages{round}.db") }, seed.Data, NullLogger<SqliteKpiStore>.Instance))
            {
                await store.InitializeAsync(CancellationToken.None);
                var sorted = args.Flag("--sorted");
                var parents = seed.Data.Org.Units.Select(u => u.Parent?.Index ?? -1).ToArray();
                var sb = args.Int("--store-batch", 20_000);
                Time($"SQLite WriteAsync (batches of {sb:N0})" + (sorted ? " sorted" : ""), () =>
                {
                    for (var i = 0; i < records.Count; i += sb)
                    {
                        var batch = records.GetRange(i, Math.Min(sb, records.Count - i));
                        if (sorted)
                        {
                            batch.Sort((a, b) => a.Kpi != b.Kpi ? a.Kpi.CompareTo(b.Kpi) : parents[a.Unit] != parents[b.Unit] ? parents[a.Unit].CompareTo(parents[b.Unit]) : a.TimeMs.CompareTo(b.TimeMs));
                        }

                        store.WriteAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
                    }
                });
            }

            var aggregates = new KpiAggregates(seed.Data.Org, seed.Data.Kpis, seed.Data.Campaign);
            Time("aggregates Apply", () => aggregates.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records)));
            Console.WriteLine();
        }

        void Time(string what, Action step)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            step();
            var elapsed = clock.Elapsed;
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what,-40} {elapsed.TotalMilliseconds * 1000 / count,6:F2} µs/event wall, {used.TotalMilliseconds * 1000 / count,6:F2} µs/event CPU (load {CpuSample.LoadAverage()})"));
        }
    }
}
