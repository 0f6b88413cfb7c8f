namespace WarRoom.Web.Features.Ingest.Parsing;

public static class BatchDuplicates
{
    /// <summary>Rejects every repeat of an id inside one batch, naming where it first appeared.</summary>
    public static void Reject(List<IncomingEvent> events)
    {
        var first = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
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
    }
}
