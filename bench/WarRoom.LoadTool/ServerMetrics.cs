using System.Globalization;

namespace WarRoom.LoadTool;

/// <summary>
/// The server's own view from /metrics: its push latency (batch durable → push sent) and ingest request time, so a
/// slow delivery can be told apart from a slow server. Differences of two scrapes cover the measured phase only.
/// </summary>
internal sealed record ServerMetrics(double PushSum, double PushCount, double PushWithin250Ms, double IngestSum, double IngestCount)
{
    public static async Task<ServerMetrics> ScrapeAsync(HttpClient reader)
    {
        var lines = (await reader.GetStringAsync("/metrics")).Split('\n');
        double Value(string prefix) => lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Sum();
        return new ServerMetrics(
            Value("warroom_push_latency_seconds_sum"),
            Value("warroom_push_latency_seconds_count"),
            Value("warroom_push_latency_seconds_bucket{le=\"0.25\"}"),
            Value("warroom_request_seconds_sum{request=\"IngestEvents\"}"),
            Value("warroom_request_seconds_count{request=\"IngestEvents\"}"));
    }

    /// <summary>"mean push ms, share of pushes within 250 ms, mean ingest request ms" between two scrapes.</summary>
    public static string Between(ServerMetrics before, ServerMetrics after)
    {
        var pushes = after.PushCount - before.PushCount;
        var ingests = after.IngestCount - before.IngestCount;
        return string.Create(CultureInfo.InvariantCulture,
            $"{(pushes == 0 ? 0 : (after.PushSum - before.PushSum) * 1000 / pushes):F0} ms, {(pushes == 0 ? 0 : (after.PushWithin250Ms - before.PushWithin250Ms) * 100 / pushes):F0} % ≤ 250 ms; ingest {(ingests == 0 ? 0 : (after.IngestSum - before.IngestSum) * 1000 / ingests):F1} ms");
    }
}
