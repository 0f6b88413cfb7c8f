using System.Globalization;
using System.Net.Http.Headers;

namespace WarRoom.IngestBench;

/// <summary>
/// The app's memory at one moment: resident (VmRSS, and RssAnon — the part that is not mapped files) from /proc,
/// and the managed heap right after a full blocking collection the bench makes the app run (LoadTool's
/// FullCollection, through EventPipe): objects alive, and the heap with the gaps between them.
/// </summary>
internal sealed record AppMemory(long RssBytes, long AnonBytes, long LiveBytes, long HeapBytes)
{
    public static async Task<AppMemory> ReadAsync(int processId, Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AppSettings.ReaderToken);
        async Task<Dictionary<string, long>> Gauges()
        {
            var gauges = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var line in (await http.GetStringAsync("/metrics")).Split('\n'))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && line.StartsWith("warroom_gc_", StringComparison.Ordinal)
                    && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    gauges[parts[0]] = (long)value;
                }
            }

            return gauges;
        }

        var collected = await WarRoom.LoadTool.FullCollection.InduceAsync(processId, async () => (await Gauges())["warroom_gc_full_index"], TimeSpan.FromSeconds(60));
        var after = await Gauges();
        long rss = 0, anon = 0;
        foreach (var line in await File.ReadAllLinesAsync($"/proc/{processId}/status"))
        {
            rss = line.StartsWith("VmRSS:", StringComparison.Ordinal) ? Kb(line) : rss;
            anon = line.StartsWith("RssAnon:", StringComparison.Ordinal) ? Kb(line) : anon;
        }

        return collected
            ? new AppMemory(rss, anon, after["warroom_gc_full_live_bytes"], after["warroom_gc_full_heap_bytes"])
            : new AppMemory(rss, anon, -1, -1);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"RSS {Mib(RssBytes)} (anonymous {Mib(AnonBytes)}), managed heap after a full GC: live {Mib(LiveBytes)}, with gaps {Mib(HeapBytes)}");

    /// <summary>What each event added between two readings, in bytes.</summary>
    public string PerEvent(AppMemory before, long events) => string.Create(CultureInfo.InvariantCulture,
        $"per event: RSS {(RssBytes - before.RssBytes) / (double)events:F1} B, anonymous {(AnonBytes - before.AnonBytes) / (double)events:F1} B, live heap {(LiveBytes - before.LiveBytes) / (double)events:F1} B");

    private static string Mib(long bytes) => bytes < 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB");

    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
