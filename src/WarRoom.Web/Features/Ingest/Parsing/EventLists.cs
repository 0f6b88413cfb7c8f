using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// Reused per-request event lists. A batch of 10,000 events is a 640 KB array, which .NET allocates on the
/// large-object heap; one per request made the collector run full collections through the whole ingest.
/// </summary>
public static class EventLists
{
    /// <summary>About as many as requests being parsed or waiting for their group commit at once.</summary>
    private const int Kept = 16;

    private static readonly Stack<List<IncomingEvent>> Spare = new();

    public static List<IncomingEvent> Rent(int capacity)
    {
        lock (Spare)
        {
            if (Spare.TryPop(out var list))
            {
                list.EnsureCapacity(capacity);
                return list;
            }
        }

        return new List<IncomingEvent>(capacity);
    }

    /// <summary>Only once nobody reads the list any more: after the pipeline answered for it, or refused it.</summary>
    public static void Return(List<IncomingEvent> list)
    {
        // Clearing drops the ids and reasons it holds, so a kept list does not keep them alive.
        list.Clear();
        lock (Spare)
        {
            if (Spare.Count < Kept)
            {
                Spare.Push(list);
            }
        }
    }
}
