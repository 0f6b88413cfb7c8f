using System.Diagnostics;
using System.Globalization;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Bench;

/// <summary>
/// <c>--latency</c>: a plain Stopwatch loop that ranks the top 50 managers by composite score over and over while
/// another thread keeps applying today's events, and reports p50/p99/max of the ranking, of each Apply call, and of
/// visibility: from the start of an Apply call to the first ranking result whose version includes that batch (one
/// batch probed at a time). <c>--late N</c> books every N-th live event on an earlier day, which
/// invalidates the cached previous-close ranks; <c>--rate E</c> throttles the writer to E events/s (0 = flat out).
/// </summary>
internal static class LatencyRun
{
    public static void Run(string[] args)
    {
        var iterations = BenchArgs.Int(args, "--iterations", 5_000);
        var late = BenchArgs.Int(args, "--late", 0);
        var rate = BenchArgs.Int(args, "--rate", 0);
        var batch = BenchArgs.Int(args, "--batch", 500);

        var bank = new SyntheticBank();
        using var aggregates = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign);
        var load = Stopwatch.StartNew();
        aggregates.Apply(SyntheticEvents.History(bank, 3_000_000, SyntheticBank.Now));
        Console.WriteLine($"loaded 3,000,000 events in {load.ElapsedMilliseconds} ms");
        var live = SyntheticEvents.Today(bank, 2_000_000, SyntheticBank.Now, firstSeq: 3_000_001);
        if (late > 0)
        {
            var dayMs = (long)TimeSpan.FromDays(1).TotalMilliseconds;
            for (var i = 0; i < live.Length; i += late)
            {
                live[i] = live[i] with { TimeMs = live[i].TimeMs - dayMs };
            }
        }

        var ranker = new Ranker(aggregates);
        var query = new RankingQuery(OrgLevel.Manager, RankingQuery.Composite, RankBasis.Value, bank.Tree.Root, RankWindow.CampaignToDate, 50);
        for (var i = 0; i < 200; i++)
        {
            ranker.Rank(query, SyntheticBank.Now);
        }

        using var stop = new CancellationTokenSource();
        var applyTimes = new List<double>();
        var probe = new Probe();
        long applied = 0;
        var writer = new Thread(() => applied = Write(aggregates, live, batch, rate, applyTimes, probe, stop.Token)) { IsBackground = true };
        var wall = Stopwatch.StartNew();
        writer.Start();
        var rankTimes = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var t = Stopwatch.GetTimestamp();
            var result = ranker.Rank(query, SyntheticBank.Now);
            rankTimes[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            probe.Seen(result.Version);
        }

        stop.Cancel();
        writer.Join();
        var seconds = wall.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"top-50 composite ranking, {iterations} calls over {seconds:0.0} s: {Summary(rankTimes)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writer: {applied:N0} events ({applied / seconds:N0}/s) in batches of {batch}{(late > 0 ? $", every {late}th on an earlier day" : "")}; apply per batch: {Summary([.. applyTimes])}"));
        Console.WriteLine($"visibility (apply start → first ranking that includes the batch), {probe.Samples.Count} probes: {Summary([.. probe.Samples])}");
    }

    private static long Write(KpiAggregates aggregates, Core.Events.EventRecord[] live, int batch, int rate, List<double> times, Probe probe, CancellationToken stop)
    {
        long applied = 0;
        var started = Stopwatch.GetTimestamp();
        for (var next = 0; !stop.IsCancellationRequested; next = (next + batch) % (live.Length - batch))
        {
            var t = Stopwatch.GetTimestamp();
            var probing = probe.TryStart(t);
            aggregates.Apply(live.AsSpan(next, batch));
            if (probing)
            {
                probe.Applied(aggregates.Version);
            }

            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            applied += batch;
            if (rate > 0)
            {
                var due = TimeSpan.FromSeconds((double)applied / rate) - Stopwatch.GetElapsedTime(started);
                if (due > TimeSpan.Zero)
                {
                    stop.WaitHandle.WaitOne(due);
                }
            }
        }

        return applied;
    }

    private static string Summary(double[] ms)
    {
        if (ms.Length == 0)
        {
            return "no samples";
        }

        Array.Sort(ms);
        double At(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(0.50):0.000} ms, p99 {At(0.99):0.000} ms, max {ms[^1]:0.000} ms");
    }
}
