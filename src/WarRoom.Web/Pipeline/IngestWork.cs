namespace WarRoom.Web.Pipeline;

/// <summary>What the writer tells a request once its events are durable.</summary>
public sealed record IngestOutcome(int Accepted, IReadOnlyList<int> DuplicateIndexes);

/// <summary>One request's checked events waiting for the writer.</summary>
internal sealed class IngestWork(List<IncomingEvent> events, int validCount)
{
    public List<IncomingEvent> Events { get; } = events;
    public int ValidCount { get; } = validCount;
    public TaskCompletionSource<IngestOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Accepted { get; set; }
    public List<int> Duplicates { get; } = [];
}
