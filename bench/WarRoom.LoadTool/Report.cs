using System.Diagnostics;
using System.Globalization;

namespace WarRoom.LoadTool;

/// <summary>One row of results per client count, as a Markdown table row.</summary>
internal static class Report
{
    public const string Header = """
        | clients | connect | deals | deliveries (missing) | POST→dealAnnounced p50 / p90 / p99 / max ms | POST answered p50 / p99 ms | board updates /client/s (avg KB) | server's view: push latency, ingest | CPU server / tool (cores) | server WS before → after | GC heap before → after | per client (WS / heap) | per client at the end (WS / heap) | load avg before → after |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        """;

    public static string From(
        int clients, TimeSpan connect, ServerMemory before, ServerMemory after, ServerMemory end,
        DealPoster poster, IScreenFleet fleet, double boardUpdatesPerClientSecond, double updateKb, double serverCores, double toolCores,
        string serverView, string loadBefore, string loadAfter)
    {
        var latencies = new List<double>();
        var missing = 0L;
        foreach (var (id, sent) in poster.Sent)
        {
            var arrivals = fleet.Arrivals.TryGetValue(id, out var bag) ? bag.ToArray() : [];
            missing += fleet.Count - arrivals.Length;
            latencies.AddRange(arrivals.Select(a => Stopwatch.GetElapsedTime(sent, a).TotalMilliseconds));
        }

        latencies.Sort();
        var answered = poster.Answered.Order().ToList();
        string P(double q) => Percentile(latencies, q);
        var perClientWs = (after.WorkingSet - before.WorkingSet) / 1024.0 / clients;
        var perClientHeap = (after.GcHeap - before.GcHeap) / 1024.0 / clients;
        var endWs = (end.WorkingSet - before.WorkingSet) / 1024.0 / clients;
        var endHeap = (end.GcHeap - before.GcHeap) / 1024.0 / clients;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {clients:N0} | {connect.TotalSeconds:F1} s | {poster.Sent.Count}{(poster.Failed > 0 ? $" ({poster.Failed} failed)" : "")} | {latencies.Count:N0} ({missing:N0}) | {P(0.5)} / {P(0.9)} / {P(0.99)} / {P(1)} | {Percentile(answered, 0.5)} / {Percentile(answered, 0.99)} | {boardUpdatesPerClientSecond:F2} ({updateKb:F1}) | {serverView} | {serverCores:F2} / {toolCores:F2} | {Mb(before.WorkingSet)} → {Mb(after.WorkingSet)} | {Mb(before.GcHeap)} → {Mb(after.GcHeap)} | {perClientWs:F1} KB / {perClientHeap:F1} KB | {endWs:F1} KB / {endHeap:F1} KB | {loadBefore} → {loadAfter} |");
    }

    /// <summary>
    /// A line under the row: the server's CPU over the measured phase per update a screen received (a board update
    /// or a 喜报 message on the hub; a render batch on a circuit, which carries the deal in it).
    /// </summary>
    public static string CpuPerUpdate(TimeSpan serverCpu, long updates, long dealMessages) => updates + dealMessages == 0
        ? "  server CPU per screen update: no updates"
        : string.Create(CultureInfo.InvariantCulture,
            $"  server CPU per screen update: {serverCpu.TotalMilliseconds * 1000 / (updates + dealMessages):F1} µs ({serverCpu.TotalSeconds:F1} s over {updates:N0} updates + {dealMessages:N0} deal messages)");

    /// <summary>Deals that reached a screen, counted once per screen.</summary>
    public static long Deliveries(DealPoster poster, IScreenFleet fleet) =>
        poster.Sent.Keys.Sum(id => fleet.Arrivals.TryGetValue(id, out var bag) ? (long)bag.Count : 0);

    /// <summary>A line under the row: generation 2 and the pinned heap (pipe buffers) before, after connecting, at the end.</summary>
    public static string HeapParts(ServerMemory before, ServerMemory after, ServerMemory end) =>
        $"  heap parts, before → connected → end: gen 2 {Mb(before.Gen2)} → {Mb(after.Gen2)} → {Mb(end.Gen2)}, pinned {Mb(before.Pinned)} → {Mb(after.Pinned)} → {Mb(end.Pinned)}";

    /// <summary>A line under the row: the server's memory after a full collection at the end, per client.</summary>
    public static string AfterFullCollection(int clients, ServerMemory before, ServerMemory? full) => full is null
        ? "  after a full collection: the server ran none within 30 s"
        : string.Create(CultureInfo.InvariantCulture,
            $"  after a full collection at the end: WS {Mb(full.WorkingSet)}, heap {Mb(full.GcHeap)} (gen 2 {Mb(full.Gen2)}, pinned {Mb(full.Pinned)}); per client {(full.WorkingSet - before.WorkingSet) / 1024.0 / clients:F1} KB / {(full.GcHeap - before.GcHeap) / 1024.0 / clients:F1} KB");

    /// <summary>The 1-minute load average (other engineers share this machine: it says how quiet it was).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static string Percentile(List<double> sorted, double q) =>
        sorted.Count == 0 ? "—" : F(sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)]);

    private static string F(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
