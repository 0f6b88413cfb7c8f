using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage.Sqlite;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.IngestBench;

/// <summary>
/// Issue 3, start-up: N events written once into a SQLite file through the store, then the app started over it
/// (several times) and timed from process start to /readyz, with the rebuild's own split (ReadAll, ledger,
/// aggregates) from its log and the app's memory once ready.
/// </summary>
internal static partial class RebuildRun
{
    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Long("--events", 10_000_000);
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work);
        var data = Path.Combine(work, "rebuild");
        var settings = AppSettings.Sqlite(seed, data);
        var file = settings["WarRoom:Sqlite:Path"]!;
        Console.WriteLine($"{count:N0} events, {seed.Data.Org.ManagerCount:N0} managers, {Environment.ProcessorCount} cores; load {CpuSample.LoadAverage()}");

        var clock = Stopwatch.StartNew();
        await using (var store = new SqliteKpiStore(new SqliteStoreOptions { Path = file }, seed.Data, NullLogger<SqliteKpiStore>.Instance))
        {
            await store.InitializeAsync(CancellationToken.None);
            const int Chunk = 20_000;
            for (long first = 1; first <= count; first += Chunk)
            {
                await store.WriteAsync(SyntheticEvents.Make(seed, "rb", first, (int)Math.Min(Chunk, count - first + 1), count), CancellationToken.None);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {count:N0} events through SqliteKpiStore in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(file).Length / 1048576.0:F0} MiB file)"));

        for (var start = 1; start <= args.Int("--starts", 3); start++)
        {
            var load = CpuSample.LoadAverage();
            clock.Restart();
            await using var app = await WarRoomProcess.StartAsync(settings, TimeSpan.FromMinutes(10));
            var ready = clock.Elapsed;
            var rss = CpuSample.ResidentMiB(app.ProcessId);
            await Task.Delay(5000);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start {start}: process start -> /readyz {ready.TotalSeconds:F2} s (load {load}); RSS at ready {rss:F0} MiB, 5 s later {CpuSample.ResidentMiB(app.ProcessId):F0} MiB"));
            Console.WriteLine("    " + (RebuildLine().Match(app.Log) is { Success: true } m ? m.Value : "(no rebuild line in the app's log)"));
        }
    }

    [GeneratedRegex(@"Rebuilt from the .*")]
    private static partial Regex RebuildLine();
}
