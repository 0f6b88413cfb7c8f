using System.Runtime.InteropServices;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

public static class BatchDuplicates
{
    /// <summary>Reused by the thread's next batch (the check runs synchronously): 10,000 ids make a large-object-heap table.</summary>
    [ThreadStatic]
    private static Dictionary<UInt128, int>? seen;

    /// <summary>
    /// Rejects every repeat of an id inside one batch, naming where it first appeared. Ids are compared by their
    /// ledger hash, which this also fills in for the pipeline: two ids with the same 128-bit hash are one id to the
    /// ledger as well, so the batch check and the stored-id check cannot disagree.
    /// </summary>
    public static void Reject(List<IncomingEvent> events)
    {
        var first = seen ??= [];
        first.Clear();
        first.EnsureCapacity(events.Count);
        var span = CollectionsMarshal.AsSpan(events);
        for (var i = 0; i < span.Length; i++)
        {
            ref var e = ref span[i];
            if (!e.IsValid)
            {
                continue;
            }

            e.IdHash = IdLedger.Hash(e.Id!);
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(first, e.IdHash, out var repeat);
            if (!repeat)
            {
                index = e.Index;
                continue;
            }

            e.Error = $"duplicate id '{EventChecks.Shorten(e.Id)}' in this batch (first at index {index})";
        }
    }
}
