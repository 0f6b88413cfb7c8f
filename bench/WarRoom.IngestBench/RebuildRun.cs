using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage.Sqlite;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.IngestBench;

/// <summary>
/// Start-up: N events written once into a SQLite file through the store, then the app started over it (several
/// times) and timed from process start to /readyz, with the rebuild's own split from its log and the app's memory
/// once ready. With <c>--checkpoint</c> (issue 25, decision 0023): first a start that replays the whole store
/// with checkpoints off, then one that writes a checkpoint (timed from its log line) and is SIGKILLed, then
/// <c>--tail</c> more events stored after it, then the <c>--starts</c> that load the checkpoint and replay the tail.
/// With <c>--prepared FOLDER</c> the store is written in bulk and kept there between runs (<see cref="PreparedRebuild"/>).
/// </summary>
internal static partial class RebuildRun
{
    private const int Chunk = 20_000;

    public static async Task RunAsync(BenchArgs args, string work)
    {
        if (args.Value("--prepared") is { } prepared)
        {
            await PreparedRebuild.RunAsync(args, prepared);
            return;
        }

        var count = args.Long("--events", 10_000_000);
        var seed = BenchSeed.Prepare(args.OptionalInt("--managers"), work);
        var data = Path.Combine(work, "rebuild");
        var settings = AppSettings.Sqlite(seed, data);
        var file = settings["WarRoom:Sqlite:Path"]!;
        Console.WriteLine($"{count:N0} events, {seed.Data.Org.ManagerCount:N0} managers, {Environment.ProcessorCount} cores; load {CpuSample.LoadAverage()}");

        var clock = Stopwatch.StartNew();
        await StoreAsync(seed, file, "rb", 1, count, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {count:N0} events through SqliteKpiStore in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(file).Length / 1048576.0:F0} MiB file)"));

        if (args.Flag("--checkpoint"))
        {
            await StartAsync("full rebuild, checkpoints off", new(settings) { ["WarRoom:Checkpoints:Enabled"] = "false" }, null);
            await StartAsync("full rebuild, then a checkpoint", new(settings) { ["WarRoom:Checkpoints:Interval"] = "00:00:02" }, async app =>
            {
                while (CheckpointLine().Match(app.Log) is not { Success: true })
                {
                    await Task.Delay(100);
                }

                Console.WriteLine("    " + CheckpointLine().Match(app.Log).Value);
            });
            var tail = args.Long("--tail", 0);
            await StoreAsync(seed, file, "tail", count + 1_000_000, tail, count + 1_000_000 + tail);
            Console.WriteLine($"then {tail:N0} more events stored after the checkpoint");
        }

        for (var start = 1; start <= args.Int("--starts", 3); start++)
        {
            await StartAsync($"start {start}", settings, null);
        }
    }

    internal static async Task StoreAsync(BenchSeed seed, string file, string prefix, long firstSeq, long count, long campaignEvents)
    {
        await using var store = new SqliteKpiStore(new SqliteStoreOptions { Path = file }, seed.Data, NullLogger<SqliteKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        for (var first = firstSeq; first < firstSeq + count; first += Chunk)
        {
            await store.WriteAsync(SyntheticEvents.Make(seed, prefix, first, (int)Math.Min(Chunk, firstSeq + count - first), campaignEvents), CancellationToken.None);
        }
    }

    internal static async Task StartAsync(string name, Dictionary<string, string?> settings, Func<WarRoomProcess, Task>? then)
    {
        var load = CpuSample.LoadAverage();
        var startedAt = DateTime.Now;
        var clock = Stopwatch.StartNew();
        await using var app = await WarRoomProcess.StartAsync(new Dictionary<string, string?>(settings)
        {
            ["Logging:LogLevel:WarRoom.Seed"] = "Information",
            ["Logging:LogLevel:WarRoom.Web.Features.History"] = "Information",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
        }, TimeSpan.FromMinutes(20));
        var ready = clock.Elapsed;
        var rss = CpuSample.ResidentMiB(app.ProcessId);
        await Task.Delay(5000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: process start -> /readyz {ready.TotalSeconds:F2} s (load {load}); RSS at ready {rss:F0} MiB, 5 s later {CpuSample.ResidentMiB(app.ProcessId):F0} MiB"));
        Console.WriteLine("    " + (RebuildLine().Match(app.Log) is { Success: true } m ? m.Value : "(no rebuild line in the app's log)"));
        Console.WriteLine($"    where the start went (process started {startedAt:HH:mm:ss.fff}):");
        foreach (var step in StartStep().Matches(app.Log).Select(s => s.Value.TrimEnd()))
        {
            Console.WriteLine("      " + step);
        }

        Console.WriteLine("    memory once ready: " + (await AppMemory.ReadAsync(app.ProcessId, app.Address)).Describe());
        if (then is not null)
        {
            await then(app);
        }
    }

    [GeneratedRegex(@"Rebuilt from .*")]
    internal static partial Regex RebuildLine();

    /// <summary>The app's log lines that mark a step of the start: their timestamps against the process start are the split.</summary>
    [GeneratedRegex(@"\d\d:\d\d:\d\d\.\d{3} info: \S+\s+(Seed data|Checkpoint \S+ read|Rebuilt from|Last year's|No past|No history).*", RegexOptions.Multiline)]
    private static partial Regex StartStep();

    [GeneratedRegex(@"Checkpoint /\S+: \d+ events.*")]
    internal static partial Regex CheckpointLine();
}
