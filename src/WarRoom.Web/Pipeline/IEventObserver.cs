using WarRoom.Core.Events;

namespace WarRoom.Web.Pipeline;

/// <summary>Something that follows the stream of stored events: the aggregates, the deal ticker, metrics.</summary>
public interface IEventObserver
{
    /// <summary>One stored event replayed at start, before ingest opens (old events: no announcements).</summary>
    void Restore(in EventRecord e);

    /// <summary>Called once the replay is over.</summary>
    void Restored();

    /// <summary>A batch that has just become durable, in acceptance order, on the single writer thread.</summary>
    void Accepted(ReadOnlySpan<EventRecord> batch);
}
