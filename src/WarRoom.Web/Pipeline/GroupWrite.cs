using System.Runtime.InteropServices;
using System.Threading.Channels;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// One group commit: the requests it answers, the events it writes and their ids' ledger hashes, and its store
/// write while that is in flight. The writer keeps a few groups in flight and reuses them.
/// </summary>
internal sealed class GroupWrite(int capacity)
{
    /// <summary>How many ids ahead of the one being looked up the ledger slots are prefetched (see IdLedger.Prefetch).</summary>
    private const int PrefetchDistance = 16;

    private static readonly Task<StoreUnavailableException?> NothingToWrite = Task.FromResult<StoreUnavailableException?>(null);

    private readonly List<IngestWork> requests = [];
    private readonly List<UInt128> fresh = [];

    public List<EventRecord> Batch { get; } = new(capacity);

    /// <summary>Valid events of its requests, accepted or not: what it holds of the pipeline's bound.</summary>
    public int Size { get; private set; }

    public int Requests => requests.Count;

    /// <summary>The requests taken, for the look-up of late resends before numbering.</summary>
    public IReadOnlyList<IngestWork> Work => requests;

    /// <summary>Other nodes' batches (from the cluster stream): applied, never written or answered.</summary>
    public bool IsReplicated { get; private set; }

    /// <summary>Null once the batch is durable; otherwise what its requests are answered (503 with Retry-After).</summary>
    public Task<StoreUnavailableException?> Write { get; set; } = NothingToWrite;

    /// <summary>
    /// A group written before this one failed while this one was in flight. This group's duplicates may have been
    /// found against that group's ids, which are not stored after all, so its requests are not acknowledged either.
    /// </summary>
    public StoreUnavailableException? EarlierFailure { get; set; }

    /// <summary>Takes queued requests up to <paramref name="max"/> valid events; false when none was queued.</summary>
    public bool TryTake(ChannelReader<IngestWork> queue, int max)
    {
        requests.Clear();
        fresh.Clear();
        Batch.Clear();
        Size = 0;
        EarlierFailure = null;
        Write = NothingToWrite;
        IsReplicated = queue.TryPeek(out var first) && first.Replicated is not null;

        // A group holds either this node's requests or other nodes' batches, never both: only the former are written.
        var taken = 0;
        while (Size < max && taken < max && queue.TryPeek(out var next) && (next.Replicated is not null) == IsReplicated && queue.TryRead(out var work))
        {
            requests.Add(work);
            Size += work.ValidCount;
            taken += work.Replicated?.Count ?? 0;
        }

        return requests.Count > 0;
    }

    /// <summary>
    /// Drops ids already stored or in flight, rejects an event that could overflow its KPI's totals, numbers the rest
    /// from <paramref name="nextSeq"/> into <see cref="Batch"/>.
    /// </summary>
    public void Number(IdLedger ledger, TotalsBudget budget, ref long nextSeq)
    {
        if (IsReplicated)
        {
            TakeReplicated(ledger, budget);
            return;
        }

        foreach (var work in requests)
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

                if (e.StoredElsewhere)
                {
                    work.Duplicates.Add(e.Index);
                    continue;
                }

                // Taken into the ledger now, which also catches a repeat within this or a later group; undone if the write fails.
                if (!ledger.Add(e.IdHash))
                {
                    work.Duplicates.Add(e.Index);
                    continue;
                }

                if (!budget.TryTake(e.Kpi, e.Value))
                {
                    ledger.Remove(e.IdHash);
                    e.Error = budget.Refusal(e.Kpi);
                    continue;
                }

                fresh.Add(e.IdHash);
                Batch.Add(new EventRecord(nextSeq++, e.Id!, e.TimeMs, e.Unit, e.Kpi, e.Value, e.Tags));
                work.Accepted++;
            }
        }
    }

    /// <summary>
    /// Other nodes' events, numbered there: those whose ids this node already holds (its rebuild read them from the
    /// store, or a resend reached it first) are left out, the rest taken into the ledger and the budget as stored.
    /// </summary>
    private void TakeReplicated(IdLedger ledger, TotalsBudget budget)
    {
        foreach (var work in requests)
        {
            foreach (var e in work.Replicated!)
            {
                if (ledger.Add(IdLedger.Hash(e.Id)))
                {
                    budget.Restore(e.Kpi, e.Value);
                    Batch.Add(e);
                }
            }
        }
    }

    /// <summary>The write failed: its ids leave the ledger, its values the budget, before anyone hears of the failure.</summary>
    public void Forget(IdLedger ledger, TotalsBudget budget)
    {
        foreach (var hash in fresh)
        {
            ledger.Remove(hash);
        }

        foreach (var e in Batch)
        {
            budget.Release(e.Kpi, e.Value);
        }
    }

    public void Answer(StoreUnavailableException? failure)
    {
        foreach (var work in requests)
        {
            if (failure is null)
            {
                work.Completion.TrySetResult(new IngestOutcome(work.Accepted, work.Duplicates));
            }
            else
            {
                work.Completion.TrySetException(failure);
            }
        }
    }
}
