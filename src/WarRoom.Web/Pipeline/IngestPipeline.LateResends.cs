using System.Diagnostics;
using System.Runtime.InteropServices;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// Before a group is numbered: ids the ledger no longer holds exactly but whose fingerprint it has (a resend older
/// than the window, or one in 700 million new ids) are asked of the store, and those it holds become duplicates
/// (decision 0022). Asked by the writer itself, so nothing else changes the ledger between the answer and the
/// numbering; it waits for the store only when such an id came, which a steady feed of new ids never makes it do.
/// </summary>
public sealed partial class IngestPipeline
{
    private long lateLookups;

    /// <summary>Ids asked of the store because they were older than the window (for the logs and the tests).</summary>
    public long LateLookups => Interlocked.Read(ref lateLookups);

    /// <summary>Null when every id of the group is decided; the store's refusal when it could not answer.</summary>
    private async ValueTask<StoreUnavailableException?> FindLateResendsAsync(GroupWrite group, CancellationToken ct)
    {
        List<StoredIdQuery>? asked = null;
        foreach (var work in group.Work)
        {
            foreach (ref readonly var e in CollectionsMarshal.AsSpan(work.Events))
            {
                if (e.IsValid && !e.StoredElsewhere && ledger.MayBeStored(e.IdHash))
                {
                    (asked ??= []).Add(new StoredIdQuery(e.Id!, e.TimeMs, e.Unit, e.Kpi));
                }
            }
        }

        if (asked is null)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        IReadOnlySet<string> stored;
        try
        {
            stored = await store.FindStoredAsync(asked, ct);
        }
        catch (StoreUnavailableException ex)
        {
            return ex;
        }

        Interlocked.Add(ref lateLookups, asked.Count);
        logger.LogInformation("Asked the {Store} store about {Asked} ids older than the resend window: {Stored} stored (duplicates), in {Elapsed} ms",
            store.Name, asked.Count, stored.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (stored.Count == 0)
        {
            return null;
        }

        foreach (var work in group.Work)
        {
            foreach (ref var e in CollectionsMarshal.AsSpan(work.Events))
            {
                if (e.IsValid && stored.Contains(e.Id!))
                {
                    e.StoredElsewhere = true;
                }
            }
        }

        return null;
    }
}
