using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// Keeps the in-memory aggregates in step with the store: replayed at start (in blocks, so a 10-million-event
/// rebuild takes the write lock thousands of times rather than millions, and as one replay: scores once, at its
/// end), then every durable batch.
/// </summary>
public sealed class AggregatesFeed(KpiAggregates aggregates) : IEventObserver
{
    private readonly EventRecord[] replay = new EventRecord[8192];
    private int buffered;
    private bool replaying;

    public void Restore(in EventRecord e)
    {
        replay[buffered++] = e;
        if (buffered == replay.Length)
        {
            Flush();
        }
    }

    public void Restored()
    {
        Flush();
        aggregates.EndReplay();
    }

    public void Accepted(ReadOnlySpan<EventRecord> batch) => aggregates.Apply(batch);

    private void Flush()
    {
        if (!replaying)
        {
            aggregates.BeginReplay();
            replaying = true;
        }

        aggregates.Apply(replay.AsSpan(0, buffered));
        Array.Clear(replay, 0, buffered);
        buffered = 0;
    }
}
