using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Events;
using WarRoom.StoreBench;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Storage.Sqlite;
using WarRoom.Web.Tests.Storage;

// Store write throughput: SQLite, the Influx adapter and a bare line-protocol reference, then SQLite ReadAll.
// Usage: dotnet run -c Release --project bench/WarRoom.StoreBench -- [--events N] [--read-events N] [--rounds N]
//        [--compression auto|gzip|none] [--skip-sqlite] [--skip-influx]
var events = (int)Arg("--events", 1_000_000);
var readEvents = Arg("--read-events", 10_000_000);
var rounds = (int)Arg("--rounds", 2);
var compression = Enum.Parse<InfluxCompression>(args.SkipWhile(a => a != "--compression").Skip(1).FirstOrDefault() ?? "Auto", ignoreCase: true);
const int BatchSize = 10_000;

var seed = BenchData.Seed(managersPerSubBranch: 18, kpiCount: 10);
var work = Directory.CreateTempSubdirectory("warroom-storebench-");
Console.WriteLine($"{events:N0} events, batches of {BatchSize:N0}, {seed.Org.Count:N0} units x {seed.Kpis.Count} KPIs, {Environment.ProcessorCount} cores");
var all = BenchData.Events(seed, 1, events, events);

if (!args.Contains("--skip-sqlite"))
{
    await using (var sqlite = await Sqlite("write.db"))
    {
        Report("(a) SQLite WriteAsync", events, await Timed(() => WriteAll(sqlite, all)));
        Report("    SQLite ReadAll", events, await Timed(() => ReadAll(sqlite, events)));
    }

    if (readEvents > 0)
    {
        await using var big = await Sqlite("read.db");
        for (long first = 1; first <= readEvents; first += BatchSize)
        {
            await big.WriteAsync(BenchData.Events(seed, first, (int)Math.Min(BatchSize, readEvents - first + 1), readEvents), CancellationToken.None);
        }

        Report("    SQLite ReadAll", readEvents, await Timed(() => ReadAll(big, readEvents)));
    }
}

if (!args.Contains("--skip-influx"))
{
    await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
    await influxd.StartAsync();
    var bodies = ReferenceWriter.Bodies(seed, all, linesPerBody: 5000);
    var (formatCost, gzipCost) = FormatCost.Measure(seed, all, 5000);
    Report("    adapter formatting alone (no I/O)", events, formatCost);
    Report("    adapter gzip alone (no I/O)", events, gzipCost);
    var adapter = new List<double>();
    var reference = new List<double>();
    for (var round = 1; round <= rounds; round++)
    {
        // Alternate so that neither side always meets InfluxDB busy compacting the other's data.
        var referenceTime = await ReferenceWriter.PostAsync(influxd.Url, $"ref{round}", bodies);
        reference.Add(events / referenceTime.TotalSeconds);
        Report($"(c) reference POST, round {round}", events, referenceTime);
        var options = new InfluxOptions { Url = influxd.Url, Database = $"adapter{round}", SpoolPath = Path.Combine(work.FullName, $"spool{round}.db"), Compression = compression };
        await using var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var adapterTime = await Timed(() => WriteAll(store, all));
        adapter.Add(events / adapterTime.TotalSeconds);
        Report($"(b) Influx adapter ({compression}), round {round}", events, adapterTime);
        if (!store.Spool.IsEmpty)
        {
            throw new InvalidOperationException("the adapter spooled during the benchmark: InfluxDB refused writes");
        }
    }

    Console.WriteLine($"ratio (b)/(c) = {adapter.Average() / reference.Average():F3} (mean of {rounds} rounds: {adapter.Average():N0} vs {reference.Average():N0} events/s)");
}

work.Delete(recursive: true);

async Task<SqliteKpiStore> Sqlite(string file)
{
    var store = new SqliteKpiStore(new SqliteStoreOptions { Path = Path.Combine(work.FullName, file) }, seed, NullLogger<SqliteKpiStore>.Instance);
    await store.InitializeAsync(CancellationToken.None);
    return store;
}

static async Task WriteAll(WarRoom.Web.Storage.IKpiStore store, EventRecord[] events)
{
    for (var i = 0; i < events.Length; i += BatchSize)
    {
        await store.WriteAsync(new ArraySegment<EventRecord>(events, i, Math.Min(BatchSize, events.Length - i)), CancellationToken.None);
    }
}

static async Task ReadAll(WarRoom.Web.Storage.IKpiStore store, long expected)
{
    long count = 0;
    await store.ReadAllAsync(_ => count++, CancellationToken.None);
    if (count != expected)
    {
        throw new InvalidOperationException($"ReadAll returned {count:N0} events, expected {expected:N0}");
    }
}

static async Task<TimeSpan> Timed(Func<Task> action)
{
    var clock = Stopwatch.StartNew();
    await action();
    return clock.Elapsed;
}

static void Report(string what, long count, TimeSpan time) =>
    Console.WriteLine($"{what,-40} {count,12:N0} events in {time.TotalSeconds,7:F2} s = {count / time.TotalSeconds,10:N0} events/s");

long Arg(string name, long fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
