using WarRoom.Core.Events;
using WarRoom.Web.Storage;

namespace WarRoom.Bench;

/// <summary>The board run's store: the boards it builds read daily trends from the aggregates, so any read here is a bench bug.</summary>
internal sealed class NoStore : IKpiStore
{
    public static readonly NoStore Instance = new();

    public string Name => "none";

    public int PreferredWritesInFlight => 1;

    public Task InitializeAsync(CancellationToken ct) => Task.CompletedTask;

    public Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct) => throw Unused();

    public Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct) => throw Unused();

    public Task ReadFromAsync(long fromSeq, Action<EventRecord> sink, CancellationToken ct) => throw Unused();

    public Task<long> LastSeqAsync(CancellationToken ct) => throw Unused();

    public Task<IReadOnlyList<SeriesPoint>> ReadSeriesAsync(SeriesQuery query, CancellationToken ct) => throw Unused();

    public Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyList<StoredIdQuery> ids, CancellationToken ct) => throw Unused();

    public Task<bool> IsReadyAsync(CancellationToken ct) => Task.FromResult(true);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static NotSupportedException Unused() => new("the board bench has no store: a shipped board asked for an hourly trend");
}
