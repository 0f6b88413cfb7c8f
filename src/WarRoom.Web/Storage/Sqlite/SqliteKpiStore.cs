using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. One long-lived connection writes (batches are
/// serialised); reads open pooled connections of their own, which WAL lets run beside the writer.
/// </summary>
/// <remarks>Microsoft.Data.Sqlite has no truly asynchronous I/O, so the methods run synchronously on the caller's
/// thread and return completed tasks; the batch writer calls WriteAsync from its own background loop.</remarks>
public sealed class SqliteKpiStore(SqliteStoreOptions options, SeedData seed, ILogger<SqliteKpiStore> logger) : IKpiStore
{
    private readonly Lock writeLock = new();
    private readonly string connectionString = SqliteSchema.ConnectionString(System.IO.Path.GetFullPath(options.Path));
    private SqliteConnection? writeConnection;
    private SqliteEventWriter? writer;
    private SqliteCodeMap? codes;
    private SqliteWalSync? walSync;

    public string Name => "sqlite";

    /// <summary>Batches are written one at a time under the write lock; a second one in flight is the next ready to go.</summary>
    public int PreferredWritesInFlight => 2;

    public string Path { get; } = System.IO.Path.GetFullPath(options.Path);

    public Task InitializeAsync(CancellationToken ct)
    {
        lock (writeLock)
        {
            if (writer is not null)
            {
                return Task.CompletedTask;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                SqliteSchema.Configure(connection);
                SqliteSchema.Create(connection, seed.Dimensions);
                codes = SqliteCodeMap.Load(connection, seed.Org, seed.Kpis);
                writer = new SqliteEventWriter(connection, codes, seed.Dimensions);
                walSync = new SqliteWalSync(Path);
                writeConnection = connection;
            }
            catch (SqliteException ex)
            {
                connection.Dispose();
                throw new StoreUnavailableException($"SQLite store at {Path} cannot be opened: {ex.Message}", TimeSpan.FromSeconds(5), ex);
            }
        }

        logger.LogInformation("SQLite KPI store at {Path}", Path);
        return Task.CompletedTask;
    }

    public Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
    {
        var w = writer ?? throw NotInitialized();
        var sync = walSync!;
        lock (writeLock)
        {
            try
            {
                w.Write(batch, ct);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 or 13 or 10)
            {
                // BUSY, LOCKED, FULL (disk full) and IOERR are conditions the caller can wait out.
                throw new StoreUnavailableException($"SQLite cannot take the batch now: {ex.Message}", TimeSpan.FromSeconds(5), ex);
            }
        }

        // Durable only now; the next batch is meanwhile written under the lock (decision 0024).
        try
        {
            sync.Flush();
        }
        catch (IOException ex)
        {
            throw new StoreUnavailableException($"SQLite could not flush its log to disk: {ex.Message}", TimeSpan.FromSeconds(5), ex);
        }

        return Task.CompletedTask;
    }

    public Task ReadAllAsync(Action<EventRecord> sink, CancellationToken ct) => ReadFromAsync(long.MinValue, sink, ct);

    public Task<long> LastSeqAsync(CancellationToken ct)
    {
        _ = codes ?? throw NotInitialized();
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(seq), 0) FROM kpi_event";
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar()));
    }

    public Task ReadFromAsync(long fromSeq, Action<EventRecord> sink, CancellationToken ct)
    {
        var map = codes ?? throw NotInitialized();
        using var connection = OpenReader();
        var skipped = SqliteEventReader.ReadFrom(connection, map, seed.Dimensions, fromSeq, sink, ct);
        if (skipped > 0)
        {
            logger.LogWarning("Skipped {Skipped} stored events whose unit or KPI is no longer in the seed data", skipped);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> FindStoredAsync(IReadOnlyList<StoredIdQuery> ids, CancellationToken ct)
    {
        _ = codes ?? throw NotInitialized();
        try
        {
            using var connection = OpenReader();
            return Task.FromResult(SqliteStoredIds.Find(connection, ids, ct));
        }
        catch (SqliteException ex)
        {
            throw new StoreUnavailableException($"SQLite cannot look up stored ids now: {ex.Message}", TimeSpan.FromSeconds(5), ex);
        }
    }

    public Task<IReadOnlyList<SeriesPoint>> ReadSeriesAsync(SeriesQuery query, CancellationToken ct)
    {
        var map = codes ?? throw NotInitialized();
        using var connection = OpenReader();
        return Task.FromResult(SqliteSeries.Read(connection, map, query));
    }

    public Task<bool> IsReadyAsync(CancellationToken ct)
    {
        if (codes is null)
        {
            return Task.FromResult(false);
        }

        try
        {
            using var connection = OpenReader();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM kpi_code";
            command.ExecuteScalar();
            return Task.FromResult(true);
        }
        catch (SqliteException ex)
        {
            logger.LogWarning(ex, "SQLite KPI store at {Path} is not ready", Path);
            return Task.FromResult(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (writeLock)
        {
            writer?.Dispose();
            writer = null;
            walSync?.Dispose();
            walSync = null;
            if (writeConnection is { } connection)
            {
                // Return the file handles so the database can be moved or deleted once the store is gone.
                SqliteConnection.ClearPool(connection);
                connection.Dispose();
                writeConnection = null;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A pragma as the writing connection sees it (per-connection settings such as synchronous).</summary>
    internal object? WriterPragma(string name)
    {
        lock (writeLock)
        {
            using var command = (writeConnection ?? throw NotInitialized()).CreateCommand();
            command.CommandText = $"PRAGMA {name}";
            return command.ExecuteScalar();
        }
    }

    /// <summary>SQLite's plan for a series query's rows, so tests can hold the covering index to its job.</summary>
    internal string ExplainSeries(SeriesQuery query)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        var where = SqliteSeries.Where(command, codes ?? throw NotInitialized(), query);
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT unit, time_ms, seq, value FROM kpi_event WHERE {where}";
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("\n", plan);
    }

    private SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static InvalidOperationException NotInitialized() => new("the SQLite KPI store is not initialised: call InitializeAsync first");
}
