using System.Diagnostics;
using System.Globalization;

namespace WarRoom.LoadTool;

/// <summary>One row of results per client count, as a Markdown table row.</summary>
internal static class Report
{
    public const string Header = """
        | clients | connect | deals | deliveries (missing) | p50 ms | p90 ms | p99 ms | max ms | board updates /client/s | server CPU (cores) | server WS before → after | GC heap before → after | per client (WS / heap) | load avg before → after |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        """;

    public static string From(
        int clients, TimeSpan connect, (long WorkingSet, long GcHeap) before, (long WorkingSet, long GcHeap) after,
        DealPoster poster, ClientFleet fleet, double boardUpdatesPerClientSecond, double serverCores, string loadBefore, string loadAfter)
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
        string P(double q) => latencies.Count == 0 ? "—" : F(latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)]);
        var perClientWs = (after.WorkingSet - before.WorkingSet) / 1024.0 / clients;
        var perClientHeap = (after.GcHeap - before.GcHeap) / 1024.0 / clients;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {clients:N0} | {connect.TotalSeconds:F1} s | {poster.Sent.Count}{(poster.Failed > 0 ? $" ({poster.Failed} failed)" : "")} | {latencies.Count:N0} ({missing:N0}) | {P(0.5)} | {P(0.9)} | {P(0.99)} | {(latencies.Count == 0 ? "—" : F(latencies[^1]))} | {boardUpdatesPerClientSecond:F2} | {serverCores:F2} | {Mb(before.WorkingSet)} → {Mb(after.WorkingSet)} | {Mb(before.GcHeap)} → {Mb(after.GcHeap)} | {perClientWs:F1} KB / {perClientHeap:F1} KB | {loadBefore} → {loadAfter} |");
    }

    /// <summary>The 1-minute load average (other engineers share this machine: it says how quiet it was).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string F(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
