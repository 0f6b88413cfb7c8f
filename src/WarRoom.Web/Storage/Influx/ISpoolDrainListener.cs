using WarRoom.Core.Events;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Told about each spooled entry once InfluxDB has taken it and before it leaves the spool, so a node that dies in
/// between tells again after its restart (at least once; listeners leave out what they already know by id). The
/// cluster puts the events on its stream again: a node that started while they sat in the spool read a store
/// without them and a stream past them (decision 0018).
/// </summary>
public interface ISpoolDrainListener
{
    Task DrainedAsync(IReadOnlyList<EventRecord> events, CancellationToken ct);
}
