namespace WarRoom.Web.Features.Ingest.Parsing;

public static class BatchDuplicates
{
    /// <summary>Reused by the thread's next batch (the check runs synchronously): 10,000 ids make a large-object-heap table.</summary>
    [ThreadStatic]
    private static Dictionary<string, int>? seen;

    /// <summary>Rejects every repeat of an id inside one batch, naming where it first appeared.</summary>
    public static void Reject(List<IncomingEvent> events)
    {
        var first = seen ??= new Dictionary<string, int>(StringComparer.Ordinal);
        first.Clear();
        first.EnsureCapacity(events.Count);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events);
        for (var i = 0; i < span.Length; i++)
        {
            ref var e = ref span[i];
            if (!e.IsValid)
            {
                continue;
            }

            if (!first.TryAdd(e.Id!, e.Index))
            {
                e.Error = $"duplicate id '{EventChecks.Shorten(e.Id)}' in this batch (first at index {first[e.Id!]})";
            }
        }

        // The ids would otherwise stay alive until the thread's next batch.
        first.Clear();
    }
}
