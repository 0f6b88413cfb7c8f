using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Pipeline.Cluster;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// The bounded write path. Requests check (and hash) their events in parallel and queue them here; one writer
/// drains the queue, drops ids the store already holds, numbers the rest, makes several requests durable in one
/// store write (group commit) and only then answers each request and tells the observers. Up to
/// <see cref="IngestOptions.WritesInFlight"/> group commits are written at once, so the store never waits for the
/// writer between two of them; they are still answered and observed in acceptance order. A request finds the
/// queue full → <see cref="StoreUnavailableException"/> (503 with Retry-After); nothing unbounded, nothing
/// acknowledged early.
/// </summary>
/// <remarks>
/// In a cluster (decision 0018) ids are first claimed cluster-wide (<see cref="ClusterIds"/>), numbers come from
/// cluster-wide blocks (<see cref="SeqBlocks"/>), every durable batch goes on the shared stream before it is
/// answered (<see cref="EventStream"/>), and other nodes' batches are applied by the same writer, in turn.
/// </remarks>
public sealed class IngestPipeline(
    IKpiStore store, IdLedger ledger, TotalsBudget budget, EventObservers observers, IOptions<IngestOptions> options,
    WarRoomMetrics metrics, ILogger<IngestPipeline> logger,
    ClusterIds? clusterIds = null, EventStream? stream = null, SeqBlocks? seqs = null) : BackgroundService
{
    private readonly Channel<IngestWork> queue = Channel.CreateUnbounded<IngestWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IEventObserver[] observers = [.. observers.InOrder];
    private readonly TaskCompletionSource<long> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Groups being written, oldest first, and finished ones kept for reuse (their lists are the writer's buffers).
    private readonly Queue<GroupWrite> inFlight = new();
    private readonly Stack<GroupWrite> spare = new();

    private readonly WriterPause pause = new();

    private long pending;
    private long nextSeq;
    private long lastApplied;

    public long PendingEvents => Interlocked.Read(ref pending);

    public bool IsOpen => opened.Task.IsCompleted;

    /// <summary>Completes with the last stored seq once the rebuild opened ingest.</summary>
    public Task<long> Opened => opened.Task;

    /// <summary>Called by the rebuild once the ledger and observers hold everything stored.</summary>
    public void Open(long lastStoredSeq) => opened.TrySetResult(lastStoredSeq);

    /// <summary>Runs <paramref name="action"/> on the writer while nothing is in flight (see <see cref="WriterPause"/>).</summary>
    public Task HoldStillAsync(Action<WriterPosition> action) => pause.RunAsync(action);

    public Task<IngestOutcome> SubmitAsync(List<IncomingEvent> events) =>
        clusterIds is null || !IsOpen ? Enqueue(events) : clusterIds.SubmitAsync(events, Enqueue);

    /// <summary>Another node's durable batch, read from the cluster stream; completes once the observers have it.</summary>
    public Task Replicate(List<EventRecord> batch)
    {
        var work = new IngestWork([], 0, batch);
        queue.Writer.TryWrite(work);
        return work.Completion.Task;
    }

    private Task<IngestOutcome> Enqueue(List<IncomingEvent> events)
    {
        if (!IsOpen)
        {
            throw new StoreUnavailableException("WarRoom is starting: the aggregates are being rebuilt from the store", TimeSpan.FromSeconds(5));
        }

        var valid = 0;
        foreach (ref var e in CollectionsMarshal.AsSpan(events))
        {
            if (e.IsValid)
            {
                // The ingest endpoint's batch check hashed its ids already; a hash that happens to be zero is
                // simply computed again.
                if (e.IdHash == UInt128.Zero)
                {
                    e.IdHash = IdLedger.Hash(e.Id!);
                }

                valid++;
            }
        }

        if (valid == 0)
        {
            return Task.FromResult(new IngestOutcome(0, []));
        }

        if (Interlocked.Add(ref pending, valid) > options.Value.MaxPendingEvents)
        {
            Interlocked.Add(ref pending, -valid);
            throw new StoreUnavailableException($"the write buffer is full ({options.Value.MaxPendingEvents} events waiting)", TimeSpan.FromSeconds(1));
        }

        var work = new IngestWork(events, valid);
        queue.Writer.TryWrite(work);
        return work.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Gauge("warroom_ingest_queue_depth", "Events accepted for writing, not yet durable", () => PendingEvents);
        var open = false;
        try
        {
            lastApplied = await opened.Task.WaitAsync(stoppingToken);
            nextSeq = lastApplied + 1;
            open = true;
            await WriteAsync(stoppingToken);
        }
        finally
        {
            pause.Stop(open && inFlight.Count == 0 ? new WriterPosition(nextSeq, lastApplied) : null);
        }
    }

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        var depth = options.Value.WritesInFlight ?? store.PreferredWritesInFlight;
        Task<bool>? more = null;
        while (true)
        {
            while (inFlight.TryPeek(out var head) && head.Write.IsCompleted)
            {
                Finish(inFlight.Dequeue());
            }

            if (pause.IsRequested)
            {
                if (inFlight.Count == 0)
                {
                    pause.RunPending(new WriterPosition(nextSeq, lastApplied));
                }
                else
                {
                    await inFlight.Peek().Write;
                }

                continue;
            }

            if (inFlight.Count < depth && TryStart(stoppingToken))
            {
                continue;
            }

            if (inFlight.Count == depth)
            {
                await inFlight.Peek().Write;
                continue;
            }

            more ??= queue.Reader.WaitToReadAsync(stoppingToken).AsTask();
            await (inFlight.TryPeek(out var oldest) ? Task.WhenAny(oldest.Write, more, pause.Wake) : Task.WhenAny(more, pause.Wake));
            if (more.IsCompleted)
            {
                if (!await more)
                {
                    return;
                }

                more = null;
            }
        }
    }

    private bool TryStart(CancellationToken ct)
    {
        var group = spare.TryPop(out var reused) ? reused : new GroupWrite(options.Value.MaxWriteBatch);
        if (!group.TryTake(queue.Reader, options.Value.MaxWriteBatch))
        {
            spare.Push(group);
            return false;
        }

        if (seqs is not null && !group.IsReplicated && seqs.TryReserve(ref nextSeq, group.Size) is { } refusal)
        {
            group.Answer(refusal);
            Interlocked.Add(ref pending, -group.Size);
            spare.Push(group);
            return true;
        }

        group.Number(ledger, budget, ref nextSeq);
        if (group.Batch.Count > 0 && !group.IsReplicated)
        {
            // Off the writer's thread: a store that writes synchronously (SQLite: its b-trees, then an fsync) would
            // otherwise hold up numbering the next group and telling the observers about the previous one.
            group.Write = Task.Run(() => TryWriteAsync(group, ct), CancellationToken.None);
        }

        inFlight.Enqueue(group);
        return true;
    }

    private void Finish(GroupWrite group)
    {
        var failure = group.Write.GetAwaiter().GetResult();
        if (group.IsReplicated)
        {
            // Stored by another node: applied whatever happens to this node's own writes.
            foreach (var e in group.Batch)
            {
                lastApplied = Math.Max(lastApplied, e.Seq);
            }

            foreach (var observer in observers)
            {
                observer.Replicated(CollectionsMarshal.AsSpan(group.Batch));
            }

            group.Answer(null);
            spare.Push(group);
            return;
        }

        if (failure is null)
        {
            var accepted = CollectionsMarshal.AsSpan(group.Batch);
            lastApplied = accepted.IsEmpty ? lastApplied : Math.Max(lastApplied, accepted[^1].Seq);
            foreach (var observer in observers)
            {
                observer.Accepted(accepted);
            }
        }
        else
        {
            group.Forget(ledger, budget);
            foreach (var later in inFlight)
            {
                later.EarlierFailure ??= failure;
            }
        }

        Interlocked.Add(ref pending, -group.Size);
        group.Answer(failure ?? group.EarlierFailure);
        spare.Push(group);
    }

    /// <summary>Null once the batch is durable; otherwise what its requests are answered (503 with Retry-After).</summary>
    private async Task<StoreUnavailableException?> TryWriteAsync(GroupWrite group, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.WriteAsync(group.Batch, ct);
            metrics.RecordStoreWrite(Stopwatch.GetElapsedTime(started));
            if (stream is not null)
            {
                await stream.PublishAsync(group.Batch, ct);
            }

            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Writing {Count} events to the {Store} store failed; {Requests} requests get 503", group.Batch.Count, store.Name, group.Requests);
            return e as StoreUnavailableException ?? new StoreUnavailableException($"the {store.Name} store failed: {e.Message}", TimeSpan.FromSeconds(2), e);
        }
    }
}
