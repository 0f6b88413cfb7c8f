using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WarRoom.SeedGeneration;

namespace WarRoom.IngestBench;

/// <summary>
/// The restart at national scale (issue 25: /readyz ≤ 10 s with 50 M events stored), measured on a real store:
/// <c>rebuild --prepared FOLDER</c> keeps the seed, the SQLite store and the app's data folder (checkpoints) in
/// FOLDER between runs (under /tmp, never in the repository). A missing or different store is written in bulk
/// (<see cref="BulkStore"/>); a previous run's tail is deleted; the app is started over the stored events and
/// stopped gracefully, which writes the checkpoint (a start that finds a checkpoint of this build covering every
/// stored event is killed instead: nothing to write); then <c>--tail</c> events are stored through the store and the
/// <c>--starts</c> load the checkpoint and replay the tail, each timed from process start to /readyz. The bank is the
/// national shape (108,745 units at 100,000 managers) unless <c>--shape regional</c>.
/// </summary>
internal static class PreparedRebuild
{
    private const string Prefix = "rb";

    public static async Task RunAsync(BenchArgs args, string folder)
    {
        var count = args.Long("--events", 50_000_000);
        var tail = args.Long("--tail", 100_000);
        var managers = args.Int("--managers", 100_000);
        // Issue 25's budget is at national scale; --shape regional measures the four-level bank the figures began with.
        var shape = args.Value("--shape") == "regional" ? SeedShape.Regional : SeedShape.National;
        Directory.CreateDirectory(folder);
        var seed = BenchSeed.Prepare(managers, folder, shape);
        var data = Path.Combine(folder, "data");
        var marker = Path.Combine(folder, "store.done");
        // The shape is part of the marker: a store written for the other bank's units is written again, not reused.
        var expected = shape == SeedShape.Regional
            ? $"{count} events '{Prefix}' over {managers} managers\n"
            : $"{count} events '{Prefix}' over {managers} managers ({shape})\n";
        Console.WriteLine($"{count:N0} events, {seed.Data.Org.ManagerCount:N0} managers ({shape}, {seed.Data.Org.Units.Count:N0} units), {Environment.ProcessorCount} cores; load {CpuSample.LoadAverage()}");
        if (!File.Exists(marker) || File.ReadAllText(marker) != expected)
        {
            File.Delete(marker);
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }

            var clock = Stopwatch.StartNew();
            var settingsForFile = AppSettings.Sqlite(seed, data);
            await BulkStore.WriteAsync(seed, settingsForFile["WarRoom:Sqlite:Path"]!, Prefix, 1, count, count);
            File.WriteAllText(marker, expected);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepared the store in bulk in {clock.Elapsed.TotalSeconds:F0} s"));
        }

        var settings = AppSettings.Sqlite(seed, data);
        var file = settings["WarRoom:Sqlite:Path"]!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store {file}: {new FileInfo(file).Length / 1048576.0:N0} MiB; {Trim(file, count):N0} tail events of an earlier run deleted"));

        await RebuildRun.StartAsync("start over the stored events, then a graceful stop", settings, StopForCheckpointAsync);
        await RebuildRun.StoreAsync(seed, file, "tail", count + 1_000_000, tail, count + 1_000_000 + tail);
        Console.WriteLine($"then {tail:N0} more events stored after the checkpoint; load {CpuSample.LoadAverage()}");
        for (var start = 1; start <= args.Int("--starts", 2); start++)
        {
            await RebuildRun.StartAsync($"start {start}", settings, null);
        }
    }

    /// <summary>SIGTERM, so the app writes its checkpoint at shutdown — unless it loaded one that covers every event.</summary>
    private static async Task StopForCheckpointAsync(Web.Tests.Infrastructure.WarRoomProcess app)
    {
        var rebuilt = RebuildRun.RebuildLine().Match(app.Log).Value;
        if (!rebuilt.Contains("no checkpoint", StringComparison.Ordinal) && rebuilt.Contains(" store: 0 events", StringComparison.Ordinal))
        {
            Console.WriteLine("    its checkpoint covers every stored event: kept");
            return;
        }

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", app.ProcessId.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        while (!Exited(app.ProcessId) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(100);
        }

        var line = RebuildRun.CheckpointLine().Match(app.Log);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    stopped in {clock.Elapsed.TotalSeconds:F1} s: {(line.Success ? line.Value : "NO checkpoint written; the app's log:\n" + app.Log)}"));
    }

    private static bool Exited(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z', StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Deletes what an earlier run stored after the prepared events (its tail).</summary>
    private static long Trim(string file, long count)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM kpi_event WHERE seq > $count";
        command.Parameters.AddWithValue("$count", count);
        return command.ExecuteNonQuery();
    }
}
