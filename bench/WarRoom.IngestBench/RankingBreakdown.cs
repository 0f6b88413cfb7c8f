using System.Globalization;

namespace WarRoom.IngestBench;

/// <summary>
/// Where the slow HTTP rankings spent their time, from the app's Server-Timing answer (issue 25's p99): the handler
/// (of it, the wait for the aggregates' read lock and the GC pauses inside it), the rest of the round trip outside
/// the handler (Kestrel, routing, JSON, the network stack, a core taken by influxd or ingest), and the app's GC pauses
/// since the previous answer — requests go one after the other, so that covers the whole of this one.
/// </summary>
internal sealed class RankingBreakdown
{
    private readonly List<Request> requests = [];
    private double lastGcTotal = double.NaN;

    /// <summary>One answer: its place (InfluxQL query before it, position in the run after it) and its figures.</summary>
    public void Add(int run, int position, double ms, Dictionary<string, double> server, string? header)
    {
        var handler = server.GetValueOrDefault("handler", double.NaN);
        var gcTotal = server.GetValueOrDefault("gcTotal", double.NaN);
        var gcSince = double.IsNaN(lastGcTotal) ? double.NaN : gcTotal - lastGcTotal;
        lastGcTotal = gcTotal;
        var lastGc = header?.Split("gcLast;") is [_, var gc] ? gc : "";
        requests.Add(new Request(run, position, ms, handler, server.GetValueOrDefault("lock", double.NaN), server.GetValueOrDefault("gc", double.NaN), gcSince, lastGc));
    }

    public void Print(double slowMs)
    {
        if (requests.Count == 0 || double.IsNaN(requests[0].Handler))
        {
            Console.WriteLine("    (no Server-Timing from the app: no breakdown)");
            return;
        }

        Console.WriteLine(F($"    handler: {Percentiles.Describe([.. requests.Select(r => r.Handler)])}"));
        Console.WriteLine(F($"    outside the handler: {Percentiles.Describe([.. requests.Select(r => r.Outside)])}"));
        Console.WriteLine(F($"    read-lock wait: {Percentiles.Describe([.. requests.Select(r => r.Lock)])}"));
        var paused = requests.Where(r => r.GcSince > 0).ToList();
        Console.WriteLine(F($"    app GC pauses between answers: {paused.Count} of {requests.Count} requests had one, {paused.Sum(r => r.GcSince):F1} ms in all, longest {paused.Select(r => r.GcSince).DefaultIfEmpty().Max():F1} ms"));
        var slow = requests.Where(r => r.Ms > slowMs).ToList();
        Console.WriteLine(F($"    over {slowMs} ms: {slow.Count}; with a GC pause >= 1 ms: {slow.Count(r => r.GcSince >= 1)}, lock wait >= 1 ms: {slow.Count(r => r.Lock >= 1)}, handler > {slowMs} ms: {slow.Count(r => r.Handler > slowMs)}, first 3 after an InfluxQL query: {slow.Count(r => r.Position < 3)}"));
        foreach (var r in requests.OrderByDescending(r => r.Ms).Take(10))
        {
            Console.WriteLine(F($"    #{r.Run}.{r.Position,-3} {r.Ms,7:F2} ms: handler {r.Handler:F2} (lock {r.Lock:F2}, GC in it {r.Gc:F2}), outside {r.Outside:F2}, GC since the previous answer {r.GcSince:F2}{(r.GcSince > 0 ? $" (last: {r.LastGc})" : "")}"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Request(int Run, int Position, double Ms, double Handler, double Lock, double Gc, double GcSince, string LastGc)
    {
        public double Outside => Ms - Handler;
    }
}
