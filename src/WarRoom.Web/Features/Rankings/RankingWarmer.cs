using System.Collections.Concurrent;
using System.Diagnostics;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Rankings;

/// <summary>
/// Keeps the rankings asked for lately caught up with ingest off the request path. A live ranking brings the
/// ranker's caches (previous-close ranks, forecast rates) up to date with every late booking since they were last
/// read; after a quiet spell of a minute at 2,000 events/s that is thousands of bookings, and the one request that
/// came first paid for all of them (issue 25: the first ranking after each InfluxQL check took 53–137 ms, the
/// others ~2). So every <see cref="Interval"/>, when the aggregates moved, the recent queries are ranked here and
/// the request finds the caches current. A query not asked for a minute is dropped; at most
/// <see cref="Capacity"/> are kept, so the cost is bounded (a composite ranking of 100,000 managers, ~2 ms).
/// </summary>
public sealed class RankingWarmer(Ranker ranker, Campaign campaign, TimeProvider clock, ILogger<RankingWarmer> logger) : BackgroundService
{
    /// <summary>Short enough that a request rarely meets more than a few ingest ticks' late bookings.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public const int Capacity = 8;

    private static readonly TimeSpan Forgotten = TimeSpan.FromMinutes(1);

    // Query → when it was last asked for (Stopwatch ticks: how recently, not a business time).
    private readonly ConcurrentDictionary<RankingQuery, long> recent = new();

    /// <summary>Times the warmer brought the caches up (tests and the bench read it).</summary>
    public long Warmed { get; private set; }

    /// <summary>A live ranking was asked for: keep it warm for a while.</summary>
    public void Asked(RankingQuery query)
    {
        if (recent.Count < Capacity || recent.ContainsKey(query))
        {
            recent[query] = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Ranks each recent query once, when the aggregates moved since the last round (one step of the loop).</summary>
    public void CatchUp(ref long seenVersion)
    {
        var version = ranker.Aggregates.Version;
        if (version == seenVersion || recent.IsEmpty)
        {
            return;
        }

        seenVersion = version;
        foreach (var (query, asked) in recent)
        {
            if (Stopwatch.GetElapsedTime(asked) > Forgotten)
            {
                recent.TryRemove(query, out _);
                continue;
            }

            ranker.Rank(query, campaign.ToLocal(clock.GetUtcNow()));
            Warmed++;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time between rounds: the business clock may stand still (a frozen clock in the benches and tests).
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        long seen = -1;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                CatchUp(ref seen);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A ranking that fails here fails on its request too, with its answer; the warmer only says so.
                logger.LogWarning(e, "Keeping the recent rankings warm failed");
            }
        }
    }
}
