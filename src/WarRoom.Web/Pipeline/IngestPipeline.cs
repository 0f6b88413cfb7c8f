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
public sealed partial class IngestPipeline(
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
}
