using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SQLitePCL;
using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.IngestBench;

/// <summary>
/// Fills a SQLite store with tens of millions of <see cref="SyntheticEvents"/> in minutes, for the restart at national
/// scale: the app's own store creates the file (tables, code tables, tag columns), then the rows go in by SQLite's
/// C API with no journal and no sync, the scope index dropped first and built again afterwards from its own stored
/// DDL (one sort instead of 50 M scattered inserts). Rows are the ones <c>SqliteEventWriter</c> writes, untagged.
/// Through the store (one fsynced transaction per batch, the scope index kept up) 50 M events would take hours.
/// </summary>
internal static class BulkStore
{
    private const int Chunk = 100_000;
    private const int RowsPerTransaction = 2_000_000;

    public static async Task WriteAsync(BenchSeed seed, string file, string prefix, long firstSeq, long count, long campaignEvents)
    {
        await using (var store = new SqliteKpiStore(new SqliteStoreOptions { Path = file }, seed.Data, NullLogger<SqliteKpiStore>.Instance))
        {
            await store.InitializeAsync(CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = DELETE; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = FILE;");
        var indexSql = Scalar(connection, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'kpi_event_scope'")
            ?? throw new InvalidOperationException("the store has no kpi_event_scope index: its schema changed, update BulkStore");
        Execute(connection, "DROP INDEX kpi_event_scope");

        var (unitId, branchId, subBranchId, kpiId) = Codes(connection, seed);
        var chunks = Channel.CreateBounded<EventRecord[]>(4);
        var producer = Task.Run(async () =>
        {
            for (var first = firstSeq; first < firstSeq + count; first += Chunk)
            {
                await chunks.Writer.WriteAsync(SyntheticEvents.Make(seed, prefix, first, (int)Math.Min(Chunk, firstSeq + count - first), campaignEvents));
            }

            chunks.Writer.Complete();
        });

        var clock = Stopwatch.StartNew();
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle,
            "INSERT INTO kpi_event (seq, id, time_ms, kpi, branch, subbranch, unit, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", out var insert));
        long written = 0;
        Execute(connection, "BEGIN");
        await foreach (var events in chunks.Reader.ReadAllAsync())
        {
            foreach (var e in events)
            {
                raw.sqlite3_bind_int64(insert, 1, e.Seq);
                raw.sqlite3_bind_text16(insert, 2, e.Id);
                raw.sqlite3_bind_int64(insert, 3, e.TimeMs);
                raw.sqlite3_bind_int64(insert, 4, kpiId[e.Kpi]);
                Bind(insert, 5, branchId[e.Unit]);
                Bind(insert, 6, subBranchId[e.Unit]);
                raw.sqlite3_bind_int64(insert, 7, unitId[e.Unit]);
                raw.sqlite3_bind_double(insert, 8, e.Value);
                var rc = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (rc != raw.SQLITE_DONE)
                {
                    Check(connection, rc);
                }
            }

            written += events.Length;
            if (written % RowsPerTransaction == 0)
            {
                Execute(connection, "COMMIT; BEGIN");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {written:N0} rows in {clock.Elapsed.TotalSeconds:F0} s ({written / clock.Elapsed.TotalSeconds:N0} rows/s)"));
            }
        }

        Execute(connection, "COMMIT");
        insert.Dispose();
        await producer;
        var rows = clock.Elapsed;
        Execute(connection, indexSql);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {written:N0} rows in {rows.TotalSeconds:F0} s, scope index built in {(clock.Elapsed - rows).TotalSeconds:F0} s"));
    }

    /// <summary>Storage ids as the app's code map gives them: the unit, its branch (level 1) and outlet ancestors, the KPI.</summary>
    private static (long[] Unit, long?[] Branch, long?[] SubBranch, long[] Kpi) Codes(SqliteConnection connection, BenchSeed seed)
    {
        var units = Table(connection, "unit_code");
        var kpis = Table(connection, "kpi_code");
        var org = seed.Data.Org;
        long? IdAt(OrgUnit unit, OrgLevel level) => OrgTree.AncestorAt(unit, level) is { } a ? units[a.Code] : null;
        return ([.. org.Units.Select(u => units[u.Code])],
            [.. org.Units.Select(u => IdAt(u, org.Levels[1]))],
            [.. org.Units.Select(u => IdAt(u, org.Levels.Outlet))],
            [.. seed.Data.Kpis.All.Select(k => kpis[k.Code])]);
    }

    private static Dictionary<string, long> Table(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT code, id FROM {table}";
        using var reader = command.ExecuteReader();
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            map[reader.GetString(0)] = reader.GetInt64(1);
        }

        return map;
    }

    private static void Bind(sqlite3_stmt statement, int index, long? value)
    {
        _ = value is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }
}
