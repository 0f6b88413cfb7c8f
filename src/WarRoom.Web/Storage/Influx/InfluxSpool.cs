using Microsoft.Data.Sqlite;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Storage.Influx;

/// <summary>One spooled body of line protocol, ready to POST as it is.</summary>
public sealed record SpoolEntry(long Id, int Events, byte[] Body);

/// <summary>
/// The durable local queue of line-protocol bodies that InfluxDB could not take: a small SQLite file (WAL,
/// synchronous=FULL, so an appended batch survives SIGKILL and power loss) drained in id order. Bounded in
/// bytes and events. Thread-safe.
/// </summary>
public sealed class InfluxSpool : IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly long maxBytes, maxEvents;

    private InfluxSpool(SqliteConnection connection, long maxBytes, long maxEvents)
    {
        this.connection = connection;
        this.maxBytes = maxBytes;
        this.maxEvents = maxEvents;
    }

    public long Events { get; private set; }
    public long Bytes { get; private set; }
    public long Entries { get; private set; }
    public bool IsEmpty => Volatile.Read(ref isEmpty);
    private bool isEmpty = true;

    public static InfluxSpool Open(string path, long maxBytes, long maxEvents)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = new SqliteConnection(SqliteSchema.ConnectionString(System.IO.Path.GetFullPath(path)));
        connection.Open();
        SqliteSchema.Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS spool (id INTEGER PRIMARY KEY AUTOINCREMENT, events INTEGER NOT NULL, body BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS spool_rejected (id INTEGER PRIMARY KEY, events INTEGER NOT NULL, body BLOB NOT NULL,
                error TEXT NOT NULL, rejected_at TEXT NOT NULL DEFAULT (datetime('now')));
            """);
        var spool = new InfluxSpool(connection, maxBytes, maxEvents);
        spool.Recount();
        return spool;
    }

    /// <summary>Appends bodies in one transaction, all or none; false when they would overflow the bound.</summary>
    public bool TryAppend(IReadOnlyList<(byte[] Body, int Events)> bodies)
    {
        long events = bodies.Sum(b => (long)b.Events), bytes = bodies.Sum(b => (long)b.Body.Length);
        lock (gate)
        {
            if (Events + events > maxEvents || Bytes + bytes > maxBytes)
            {
                return false;
            }

            using var tx = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO spool (events, body) VALUES ($events, $body)";
            var eventsParameter = insert.Parameters.Add("$events", SqliteType.Integer);
            var bodyParameter = insert.Parameters.Add("$body", SqliteType.Blob);
            foreach (var (body, count) in bodies)
            {
                eventsParameter.Value = count;
                bodyParameter.Value = body;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
            Update(bodies.Count, events, bytes);
            return true;
        }
    }

    /// <summary>The oldest entry, or null when the spool is empty.</summary>
    public SpoolEntry? Peek()
    {
        lock (gate)
        {
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT id, events, body FROM spool ORDER BY id LIMIT 1";
            using var reader = select.ExecuteReader();
            return reader.Read() ? new SpoolEntry(reader.GetInt64(0), reader.GetInt32(1), (byte[])reader.GetValue(2)) : null;
        }
    }

    /// <summary>Drops an entry InfluxDB has acknowledged.</summary>
    public void Remove(SpoolEntry entry)
    {
        lock (gate)
        {
            Execute("DELETE FROM spool WHERE id = $id", entry.Id);
            Update(-1, -entry.Events, -entry.Body.Length);
        }
    }

    /// <summary>Moves an entry InfluxDB refused for good aside, kept on disk for an operator, so the rest can drain.</summary>
    public void Reject(SpoolEntry entry, string error)
    {
        lock (gate)
        {
            using var tx = connection.BeginTransaction();
            using var move = connection.CreateCommand();
            move.Transaction = tx;
            move.CommandText = """
                INSERT INTO spool_rejected (id, events, body, error) SELECT id, events, body, $error FROM spool WHERE id = $id;
                DELETE FROM spool WHERE id = $id;
                """;
            move.Parameters.AddWithValue("$id", entry.Id);
            move.Parameters.AddWithValue("$error", error);
            move.ExecuteNonQuery();
            tx.Commit();
            Update(-1, -entry.Events, -entry.Body.Length);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
        }
    }

    private void Recount()
    {
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*), coalesce(sum(events), 0), coalesce(sum(length(body)), 0) FROM spool";
        using var reader = count.ExecuteReader();
        reader.Read();
        Update(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private void Update(long entries, long events, long bytes)
    {
        Entries += entries;
        Events += events;
        Bytes += bytes;
        Volatile.Write(ref isEmpty, Entries == 0);
    }

    private void Execute(string sql, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }
}
