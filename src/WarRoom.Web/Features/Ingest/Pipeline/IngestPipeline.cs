using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WarRoom.Core.Events;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Ingest.Pipeline;

/// <summary>
/// The bounded write path. Requests check (and hash) their events in parallel and queue them here; one writer
/// drains the queue, drops ids the store already holds, numbers the rest, makes several requests durable in one
/// store write (group commit) and only then answers each request and tells the observers. A request finds the
/// queue full → <see cref="StoreUnavailableException"/> (503 with Retry-After); nothing unbounded, nothing
/// acknowledged early.
/// </summary>
public sealed class IngestPipeline(
    IKpiStore store, IdLedger ledger, IEnumerable<IEventObserver> observers, IOptions<IngestOptions> options,
    WarRoomMetrics metrics, ILogger<IngestPipeline> logger) : BackgroundService
{
    /// <summary>How many ids ahead of the one being looked up the writer prefetches ledger slots (see IdLedger.Prefetch).</summary>
    private const int PrefetchDistance = 16;

    private readonly Channel<IngestWork> queue = Channel.CreateUnbounded<IngestWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IEventObserver[] observers = [.. observers];
    private readonly TaskCompletionSource<long> opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The writer's reusable buffers: the events of one group commit, and their ids' hashes.
    private readonly List<EventRecord> batch = new(options.Value.MaxWriteBatch);
    private readonly List<UInt128> fresh = [];

    private long pending;
    private long nextSeq;

    public long PendingEvents => Interlocked.Read(ref pending);

    public bool IsOpen => opened.Task.IsCompleted;

    /// <summary>Called by the rebuild once the ledger and observers hold everything stored.</summary>
    public void Open(long lastStoredSeq) => opened.TrySetResult(lastStoredSeq);

    public Task<IngestOutcome> SubmitAsync(List<IncomingEvent> events)
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
                e.IdHash = IdLedger.Hash(e.Id!);
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
        nextSeq = await opened.Task.WaitAsync(stoppingToken) + 1;
        var group = new List<IngestWork>();
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            group.Clear();
            var size = 0;
            while (size < options.Value.MaxWriteBatch && queue.Reader.TryRead(out var work))
            {
                group.Add(work);
                size += work.ValidCount;
            }

            await WriteGroupAsync(group, stoppingToken);
            Interlocked.Add(ref pending, -size);
        }
    }

    private async Task WriteGroupAsync(List<IngestWork> group, CancellationToken ct)
    {
        batch.Clear();
        fresh.Clear();
        foreach (var work in group)
        {
            var events = CollectionsMarshal.AsSpan(work.Events);
            for (var i = 0; i < events.Length; i++)
            {
                if (i + PrefetchDistance < events.Length)
                {
                    ledger.Prefetch(events[i + PrefetchDistance].IdHash);
                }

                ref var e = ref events[i];
                if (!e.IsValid)
                {
                    continue;
                }

                // Taken into the ledger now, which also catches a repeat within this group; undone if the write fails.
                if (!ledger.Add(e.IdHash))
                {
                    work.Duplicates.Add(e.Index);
                    continue;
                }

                fresh.Add(e.IdHash);
                batch.Add(new EventRecord(nextSeq++, e.Id!, e.TimeMs, e.Unit, e.Kpi, e.Value));
                work.Accepted++;
            }
        }

        if (batch.Count > 0 && await TryWriteAsync(group, batch, ct) is { } failure)
        {
            // Not stored after all: out of the ledger before anyone hears of the failure.
            foreach (var hash in fresh)
            {
                ledger.Remove(hash);
            }

            foreach (var work in group)
            {
                work.Completion.TrySetException(failure);
            }

            return;
        }

        var accepted = CollectionsMarshal.AsSpan(batch);
        foreach (var observer in observers)
        {
            observer.Accepted(accepted);
        }

        foreach (var work in group)
        {
            work.Completion.TrySetResult(new IngestOutcome(work.Accepted, work.Duplicates));
        }
    }

    /// <summary>Null once the batch is durable; otherwise what its requests are answered (503 with Retry-After).</summary>
    private async Task<StoreUnavailableException?> TryWriteAsync(List<IngestWork> group, List<EventRecord> batch, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.WriteAsync(batch, ct);
            metrics.RecordStoreWrite(Stopwatch.GetElapsedTime(started));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Writing {Count} events to the {Store} store failed; {Requests} requests get 503", batch.Count, store.Name, group.Count);
            return e as StoreUnavailableException ?? new StoreUnavailableException($"the {store.Name} store failed: {e.Message}", TimeSpan.FromSeconds(2), e);
        }
    }
}
