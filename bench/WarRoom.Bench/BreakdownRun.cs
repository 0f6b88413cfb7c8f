using System.Diagnostics;
using WarRoom.Core;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Bench;

/// <summary>
/// Issue 21's budget: a breakdown of a sum KPI by channel over the whole synthetic bank (20,000 managers), p99 ≤ 5 ms,
/// read while a writer applies tagged events (as live ingest would), and the scope of one branch and one manager;
/// over the campaign, today and this week; and the memory the today/week totals by tag hold.
/// <c>--breakdown [--events 3000000] [--iterations 20000]</c>.
/// </summary>
internal static class BreakdownRun
{
    public static void Run(string[] args)
    {
        var events = BenchArgs.Int(args, "--events", 3_000_000);
        var iterations = BenchArgs.Int(args, "--iterations", 20_000);
        var bank = new SyntheticBank();
        var channel = new Dimension("channel", new LocalizedText("渠道", "Channel"), 0,
            [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile")), ("wecom", new("企业微信", "WeCom")), ("outbound", new("外呼", "Outbound"))]);
        var segment = new Dimension("segment", new LocalizedText("客群", "Segment"), 1,
            [("mass", new("大众", "Mass")), ("affluent", new("财富", "Affluent")), ("private", new("私行", "Private"))]);
        using var aggregates = new KpiAggregates(bank.Tree, bank.Catalog, bank.Campaign, new DimensionCatalog([channel, segment]));
        var random = new Random(21);
        var history = Tagged(SyntheticEvents.History(bank, events, SyntheticBank.Now), random);
        var load = Stopwatch.StartNew();
        aggregates.Apply(history);
        Console.WriteLine($"loaded {events:N0} events (85 % tagged by channel, 60 % by segment) in {load.ElapsedMilliseconds:N0} ms; load {File.ReadAllText("/proc/loadavg")[..14]}");

        var kpi = bank.Catalog.All.First(k => k.Aggregation == KpiAggregation.Sum);
        var live = Tagged(SyntheticEvents.Today(bank, 1_000_000, SyntheticBank.Now, firstSeq: events + 1), random);
        using var stop = new CancellationTokenSource();
        var writer = new Thread(() =>
        {
            for (var i = 0; i < live.Length && !stop.IsCancellationRequested; i += 500)
            {
                aggregates.Apply(live.AsSpan(i, Math.Min(500, live.Length - i)));
                Thread.Sleep(25); // 20,000 events/s, as the ranking latency run
            }
        }) { IsBackground = true };
        writer.Start();
        foreach (var window in new[] { RankWindow.CampaignToDate, RankWindow.Today, RankWindow.ThisWeek })
        {
            foreach (var scope in new[] { bank.Tree.Root, bank.Tree.Units.First(u => u.Level == OrgLevel.Branch), bank.Tree.Units.First(u => u.Level == OrgLevel.Manager) })
            {
                var times = new double[iterations];
                for (var i = 0; i < iterations; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    _ = aggregates.BreakdownOf(scope, kpi, i % 2 == 0 ? channel : segment, window, At(window))
                        ?? throw new InvalidOperationException($"no {window} breakdown at {At(window)}");
                    times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }

                Array.Sort(times);
                Console.WriteLine($"breakdown of {kpi.Code} in {scope.Code} ({scope.SubtreeEnd - scope.Index:N0} units), window={window}: p50 {times[iterations / 2]:F4} ms, p99 {times[(int)(iterations * 0.99)]:F4} ms, max {times[^1]:F3} ms over {iterations:N0}");
            }
        }

        // What today/week cost in memory: the latest two days' and weeks' totals per value, against one per campaign day.
        var pairs = bank.Catalog.All.Count(k => k.Aggregation == KpiAggregation.Sum) * (channel.Values.Count + segment.Values.Count);
        Console.WriteLine($"today/week totals by tag: {aggregates.RecentTagBytes / 1048576.0:F1} MiB for {bank.Tree.Count:N0} units × {pairs} KPI-value pairs "
            + $"({aggregates.RecentTagBytes / (double)bank.Tree.Count:N0} bytes per unit; one array per campaign day instead: "
            + $"{(double)pairs * bank.Campaign.DayCount * sizeof(long) * bank.Tree.Count / 1048576.0:N0} MiB); load {File.ReadAllText("/proc/loadavg")[..14]}");

        stop.Cancel();
        writer.Join();
    }

    /// <summary>The bench's clock is a Monday, where this week is today: the week is read on Wednesday (a week to date of three days).</summary>
    private static DateTimeOffset At(RankWindow window) => window.Kind == RankWindowKind.Week ? SyntheticBank.Now.AddDays(2) : SyntheticBank.Now;

    private static Core.Events.EventRecord[] Tagged(Core.Events.EventRecord[] events, Random random)
    {
        for (var i = 0; i < events.Length; i++)
        {
            ulong tags = 0;
            tags = random.NextDouble() < 0.85 ? EventTags.With(tags, 0, random.Next(4)) : tags;
            tags = random.NextDouble() < 0.60 ? EventTags.With(tags, 1, random.Next(3)) : tags;
            events[i] = events[i] with { Tags = tags };
        }

        return events;
    }
}
