using System.Diagnostics;
using WarRoom.Web.Infrastructure.Health;
using WarRoom.Web.Pipeline.Checkpoints;
using WarRoom.Web.Pipeline.Cluster;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// At start, loads the newest usable checkpoint (decision 0023) and replays the stored events after it — or, with
/// none, every stored event — into the id ledger and the observers (the aggregates), then opens ingest. Until then /readyz says so and ingest answers 503. A store that does not answer is retried. Events are
/// handed on in blocks, which lets the log say where the time went: reading the store, the ledger, the observers.
/// </summary>
public sealed class StoreRebuildService(
    IKpiStore store, IdLedger ledger, TotalsBudget budget, EventObservers observers, IngestPipeline pipeline,
    ReadinessState readiness, CheckpointLoader checkpoints, ILogger<StoreRebuildService> logger,
    EventStream? stream = null, SeqBlocks? seqs = null, StreamFollower? follower = null) : BackgroundService
{
    public const string Milestone = "rebuild from store";

    private readonly IEventObserver[] observers = [.. observers.InOrder];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Milestone);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.InitializeAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(30, attempt * 2));
                logger.LogError(e, "The {Store} store is not reachable (attempt {Attempt}); retrying in {Delay}", store.Name, attempt, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }

        var started = Stopwatch.GetTimestamp();
        var loaded = await checkpoints.TryLoadAsync(store, stoppingToken);
        var loadTime = Stopwatch.GetElapsedTime(started);
        var replay = new RebuildReplay(ledger, budget, observers);

        // In a cluster: the stream's newest entry before the store is read; everything up to it is in the store.
        var covered = stream is null ? default : await RetryAsync(stream.TipAsync, stoppingToken);
        if (loaded is null)
        {
            await store.ReadAllAsync(replay.Add, stoppingToken);
        }
        else
        {
            await store.ReadFromAsync(loaded.Header.NextSeq, replay.Add, stoppingToken);
        }

        replay.Finish();
        // After a checkpoint load that let go of little the collection returns ~80 MiB for ~0.5 s at 50 M: skipped.
        var collected = loaded is null || replay.LedgerFreed >= 256L << 20 ? ReturnReplayMemory() : (Time: TimeSpan.Zero, Before: Environment.WorkingSet, After: Environment.WorkingSet);
        if (seqs is not null)
        {
            await RetryAsync(async () => { await seqs.AtLeastAsync(replay.LastSeq); return 0; }, stoppingToken);
        }

        // After a checkpoint, numbering resumes above every seq handed out before it, stored or not: a seq the
        // store holds from a write that failed late must never be given to another event.
        var lastSeq = loaded is null ? replay.LastSeq : Math.Max(replay.LastSeq, Math.Max(loaded.Header.NextSeq - 1, loaded.StoreLastSeq));
        pipeline.Open(lastSeq);
        follower?.StartAfter(covered);
        readiness.Reached(Milestone);
        var total = Stopwatch.GetElapsedTime(started);
        logger.LogInformation(
            "Rebuilt from {Checkpoint} ({Saved} events, loaded in {Load} ms) and the {Store} store: {Count} events in {Elapsed} ms (reading {Read} ms, id ledger {Ledger} ms, observers {Observers} ms, aggressive collection {Collect} ms (0: skipped), {Freed} MiB of id tables let go, working set {Before} → {After} MiB); ingest is open (next seq {Seq})",
            loaded?.Path ?? "no checkpoint", loaded?.Header.Events ?? 0, (long)loadTime.TotalMilliseconds, store.Name, replay.Count, (long)total.TotalMilliseconds,
            (long)(total - loadTime - replay.LedgerTime - replay.ObserverTime - collected.Time).TotalMilliseconds,
            (long)replay.LedgerTime.TotalMilliseconds, (long)replay.ObserverTime.TotalMilliseconds,
            (long)collected.Time.TotalMilliseconds, replay.LedgerFreed >> 20, collected.Before >> 20, collected.After >> 20, lastSeq + 1);
    }

    /// <remarks>
    /// The replay leaves much garbage behind: its side table of every replayed id (1.1 GB at 50 M), the store's
    /// rows, a checkpoint's buffers. The workstation GC keeps such heap committed once it has grown (≈ 1.2 GB of RSS
    /// after a full replay of 50 M, decision 0022), and the budget is counted in RSS. One blocking, compacting full
    /// collection in Aggressive mode (which requires both, and compacts the large-object heap too) gives those pages
    /// back to the OS — once, while nothing else runs yet, so no request waits for it.
    /// </remarks>
    private static (TimeSpan Time, long Before, long After) ReturnReplayMemory()
    {
        var before = Environment.WorkingSet;
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return (Stopwatch.GetElapsedTime(started), before, Environment.WorkingSet);
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException && !ct.IsCancellationRequested)
            {
                logger.LogError(e, "The cluster's Redis is not reachable (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt)), ct);
            }
        }
    }
}
