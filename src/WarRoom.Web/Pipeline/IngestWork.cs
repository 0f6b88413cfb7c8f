using WarRoom.Core.Events;

namespace WarRoom.Web.Pipeline;

/// <summary>What the writer tells a request once its events are durable.</summary>
public sealed record IngestOutcome(int Accepted, IReadOnlyList<int> DuplicateIndexes);

/// <summary>
/// One request's checked events waiting for the writer, or a batch another node of the cluster stored
/// (<see cref="Replicated"/>), to be applied in turn with this node's own.
/// </summary>
internal sealed class IngestWork(List<IncomingEvent> events, int validCount, List<EventRecord>? replicated = null)
{
    public List<IncomingEvent> Events { get; } = events;
    public int ValidCount { get; } = validCount;
    public List<EventRecord>? Replicated { get; } = replicated;
    public TaskCompletionSource<IngestOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Accepted { get; set; }
    public List<int> Duplicates { get; } = [];
}
