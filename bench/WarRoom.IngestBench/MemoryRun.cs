using System.Diagnostics;
using System.Globalization;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.IngestBench;

/// <summary>
/// Issue 25's memory budget in one run: the app on SQLite with a generated bank, its memory at ready and after every
/// <c>--every</c> events posted over HTTP (spread over the whole campaign, as <see cref="SyntheticEvents"/> dates
/// them), then after the reads a screen makes (live and as-of rankings, whose closes and cuts are kept), with the
/// slope per event between the last two marks. RSS is what counts; the heap after a full GC says what is alive.
/// With <c>--prepared FOLDER</c> nothing is posted: the app starts over the SQLite store already in FOLDER/data
/// (a 50 M store as <c>rebuild --prepared</c> writes it, copied without its checkpoints: a full replay).
/// </summary>
internal static class MemoryRun
{
    private static readonly string[] Reads =
    [
        "level=manager&metric=composite&top=50", "level=manager&metric=composite&top=50&window=today",
        "level=manager&metric=composite&top=50&window=week", "level=subbranch&metric=composite&top=50",
    ];

    public static async Task RunAsync(BenchArgs args, string work)
    {
        var count = args.Int("--events", 10_000_000);
        var every = args.Int("--every", Math.Max(1, count / 2));
        var shape = args.Value("--shape") == "regional" ? WarRoom.SeedGeneration.SeedShape.Regional : WarRoom.SeedGeneration.SeedShape.National;
        var prepared = args.Value("--prepared");
        var seed = BenchSeed.Prepare(args.Int("--managers", 100_000), prepared ?? work, shape);
        Console.WriteLine($"{seed.Data.Org.ManagerCount:N0} managers ({shape}, {seed.Data.Org.Units.Count:N0} units), {count:N0} events; load {CpuSample.LoadAverage()}");
        if (prepared is not null)
        {
            var started = Stopwatch.StartNew();
            await using var over = await WarRoomProcess.StartAsync(AppSettings.Sqlite(seed, Path.Combine(prepared, "data")), TimeSpan.FromMinutes(30));
            Console.WriteLine(F($"ready over the stored events in {started.Elapsed.TotalSeconds:F0} s: {(await AppMemory.ReadAsync(over.ProcessId, over.Address)).Describe()}"));
            await RankAsync(over, seed);
            return;
        }

        await using var app = await WarRoomProcess.StartAsync(AppSettings.Sqlite(seed, Path.Combine(work, "memory")));
        using var ingest = new IngestClient(app.Address, AppSettings.IngestKey, 4);
        var previous = (Events: 0L, Memory: await AppMemory.ReadAsync(app.ProcessId, app.Address));
        Console.WriteLine($"at ready, no events: {previous.Memory.Describe()}");
        var clock = Stopwatch.StartNew();
        var step = Math.Min(500_000, every);
        for (var first = 1; first <= count; first += step)
        {
            var n = Math.Min(step, count - first + 1);
            await ingest.PostAllAsync(JsonBodies.Make(seed.Data, SyntheticEvents.Make(seed, "mem", first, n, count), 10_000));
            var posted = first + n - 1L;
            if (posted % every == 0 || posted == count)
            {
                var now = await AppMemory.ReadAsync(app.ProcessId, app.Address);
                Console.WriteLine(F($"after {posted:N0} events ({clock.Elapsed.TotalSeconds:F0} s): {now.Describe()}; since {previous.Events:N0}, {now.PerEvent(previous.Memory, posted - previous.Events)}"));
                previous = (posted, now);
            }
        }

        await RankAsync(app, seed);
    }

    private static async Task RankAsync(WarRoomProcess app, BenchSeed seed)
    {
        using var ranking = new RankingClient(app.Address);
        foreach (var query in Reads)
        {
            await ranking.GetAsync(query);
            await ranking.GetAsync($"{query}&asOf={Uri.EscapeDataString(seed.Clock.AddHours(-3).ToString("O", CultureInfo.InvariantCulture))}");
        }

        Console.WriteLine($"after {Reads.Length * 2} rankings (live and as of 3 h before): {(await AppMemory.ReadAsync(app.ProcessId, app.Address)).Describe()}; load {CpuSample.LoadAverage()}");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
