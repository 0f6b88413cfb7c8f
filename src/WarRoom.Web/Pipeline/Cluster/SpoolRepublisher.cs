using WarRoom.Core.Events;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// Puts what this node's InfluxDB spool drained on the cluster stream once more. The other nodes mostly had those
/// events from the stream when they were accepted and leave them out by id; a node that started while they sat in
/// the spool rebuilt from a store without them and follows the stream from past their first entry, and counts them
/// from this one (decision 0018). This node skips its own entries, as ever: it holds them already.
/// </summary>
internal sealed class SpoolRepublisher(EventStream stream) : ISpoolDrainListener
{
    public Task DrainedAsync(IReadOnlyList<EventRecord> events, CancellationToken ct) =>
        events.Count == 0 ? Task.CompletedTask : stream.PublishAsync(events, ct);
}
