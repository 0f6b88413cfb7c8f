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

    /// <summary>
    /// A batch another node of the cluster stored and announced (its 喜报 went out from there), read from the shared
    /// stream, on the single writer thread; its ids were new to this node. Like <see cref="Accepted"/> by default.
    /// </summary>
    void Replicated(ReadOnlySpan<EventRecord> batch) => Accepted(batch);
}
