using System.Diagnostics;
using System.Runtime.InteropServices;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// The end of a group commit: the store write (then the cluster stream), and, in acceptance order, the observers and
/// the answers. A failed group is forgotten by the ledger and fails every later group already in flight, because
/// their numbers follow its own.
/// </summary>
public sealed partial class IngestPipeline
{
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
