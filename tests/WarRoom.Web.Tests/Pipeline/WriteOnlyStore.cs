using WarRoom.Core.Events;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>A store for the writer's own tests: only <see cref="WriteAsync"/> matters, the reads are never asked.</summary>
internal abstract class WriteOnlyStore : IKpiStore
{
    public abstract string Name { get; }

    public virtual int PreferredWritesInFlight => 2;

    public abstract Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct);

    public Task InitializeAsync(CancellationToken ct) => Task.CompletedTask;

    public Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct) => Task.CompletedTask;

    public Task ReadFromAsync(long fromSeq, Action<EventRecord> sink, CancellationToken ct) => Task.CompletedTask;

    public Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyList<StoredIdQuery> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task<long> LastSeqAsync(CancellationToken ct) => Task.FromResult(0L);

    public Task<IReadOnlyList<SeriesPoint>> ReadSeriesAsync(SeriesQuery query, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> IsReadyAsync(CancellationToken ct) => Task.FromResult(true);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
