using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Storage;

/// <summary>
/// The KPI store port, shaped by what WarRoom asks of it: write a batch, stream everything back to rebuild the
/// in-memory aggregates, read per-unit totals and a cumulative series. Adapters: SQLite (embedded default) and
/// InfluxDB (production); both pass <c>KpiStoreContract</c> in the tests.
/// </summary>
public interface IKpiStore : IAsyncDisposable
{
    /// <summary>Short name for logs and metrics ("sqlite", "influx").</summary>
    string Name { get; }

    /// <summary>
    /// How many <see cref="WriteAsync"/> calls the ingest writer keeps in flight when
    /// <c>WarRoom:Ingest:WritesInFlight</c> does not say: at least two, so that the next batch is ready the moment
    /// the store is free; more for a store that works on concurrent batches at once (InfluxDB).
    /// </summary>
    int PreferredWritesInFlight { get; }

    /// <summary>
    /// Creates the schema or database when missing. Called before anything else; throws
    /// <see cref="StoreUnavailableException"/> while the store cannot be reached, and may then be called again.
    /// Once it succeeded, further calls do nothing.
    /// </summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>
    /// Makes the batch durable: when the returned task completes, every event survives a crash. Writing an event
    /// again with the same <see cref="EventRecord.Seq"/> leaves exactly one copy. Throws
    /// <see cref="StoreUnavailableException"/> when the store cannot take the batch now (the caller answers 503).
    /// Keeping event ids unique is the caller's job (the ingest path knows every stored id); the SQLite adapter
    /// also refuses a second event with a known id, the Influx adapter cannot check it.
    /// </summary>
    Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct);

    /// <summary>
    /// Streams every stored event, in no particular order, to rebuild in-memory state at start. Events whose unit
    /// or KPI code is no longer in the seed data cannot be expressed as an <see cref="EventRecord"/>; they are
    /// skipped and logged. Events still waiting in a store's local buffer are delivered first.
    /// </summary>
    Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct);

    /// <summary>
    /// Like <see cref="ReadAllAsync"/>, only the events numbered <paramref name="fromSeq"/> or above: what a start
    /// from a checkpoint replays (decision 0023). SQLite reads a range of its primary key; InfluxDB filters the seq
    /// field on the server.
    /// </summary>
    Task ReadFromAsync(long fromSeq, Action<EventRecord> sink, CancellationToken ct);

    /// <summary>
    /// Which of these ids the store holds (including a local buffer not yet delivered): the id ledger keeps only
    /// the resend window in memory, so an older id it may have seen is asked here (decision 0022). SQLite looks the
    /// ids up in its unique id index; InfluxDB, whose id is an unindexed field, looks in each event's own series and
    /// second. Throws <see cref="StoreUnavailableException"/> when the store cannot answer now.
    /// </summary>
    Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyList<StoredIdQuery> ids, CancellationToken ct);

    /// <summary>The highest seq stored, 0 when empty: a checkpoint whose events the store no longer holds is refused.</summary>
    Task<long> LastSeqAsync(CancellationToken ct);

    /// <summary>The cumulative series of one unit's subtree for one KPI, one point per interval.</summary>
    Task<IReadOnlyList<SeriesPoint>> ReadSeriesAsync(SeriesQuery query, CancellationToken ct);

    /// <summary>Whether the store answers now (for /readyz).</summary>
    Task<bool> IsReadyAsync(CancellationToken ct);
}
