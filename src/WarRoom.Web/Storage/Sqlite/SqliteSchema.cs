using Microsoft.Data.Sqlite;
using WarRoom.Core.Dimensions;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>The SQLite schema and the connection settings every connection of the store gets.</summary>
internal static class SqliteSchema
{
    /// <summary>2 added a nullable <c>tag_&lt;dimension&gt;</c> text column per declared dimension (see <see cref="Create"/>).</summary>
    public const int Version = 2;

    public static string TagColumn(Dimension dimension) => "tag_" + dimension.Code;

    // seq is the rowid, so replaying a Seq hits the primary key and is ignored; codes live in two small
    // dictionary tables so an event row is integers plus its id. One covering index serves every scope as a
    // prefix: (kpi) for HQ, (kpi, branch) for a branch, (kpi, branch, subbranch) for a sub-branch, with the
    // time range usable right after; a manager is a sub-branch prefix filtered on unit inside the index. The
    // rowid (seq) rides along, so totals and series never touch the table. Time before unit keeps inserts
    // appending at one end per (KPI, sub-branch) instead of one per (KPI, unit): a 10,000-event batch dirties
    // about a tenth of the index pages, which was the difference between 78k and 118k events/s at 1M rows.
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS unit_code (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS kpi_code (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS kpi_event (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            time_ms INTEGER NOT NULL,
            kpi INTEGER NOT NULL,
            branch INTEGER,
            subbranch INTEGER,
            unit INTEGER NOT NULL,
            value REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS kpi_event_scope ON kpi_event (kpi, branch, subbranch, time_ms, unit, value);
        """;

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// WAL with synchronous=NORMAL on the writer: a commit leaves its frames in the OS cache (the file stays
    /// consistent after any crash) and the store then fsyncs the WAL itself, outside its write lock, before the
    /// batch is acknowledged (<see cref="SqliteWalSync"/>, decision 0024) — as durable as FULL, without the next
    /// batch waiting for the disk. A 256 MB page cache holds the hot index pages of tens of millions of events;
    /// checkpointing every 10,000 pages (40 MB of WAL) instead of 1,000 writes each hot page back to the database
    /// file less often.
    /// </summary>
    public static void Configure(SqliteConnection connection)
    {
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = 30000;
            PRAGMA cache_size = -262144;
            PRAGMA wal_autocheckpoint = 10000;
            PRAGMA mmap_size = 268435456;
            """);
    }

    /// <summary>
    /// Creates the tables, or brings an older file up to <see cref="Version"/> in place: a version-1 file (and any
    /// file after seed data declares a new dimension) gains the missing tag columns, NULL (untagged) for the rows it
    /// holds. Nothing is rebuilt or dropped; a column of a dimension no longer declared is kept and ignored.
    /// </summary>
    public static void Create(SqliteConnection connection, DimensionCatalog dimensions)
    {
        using var tx = connection.BeginTransaction();
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version", tx));
        if (version > Version)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource} has schema version {version}; this build knows up to {Version}");
        }

        Execute(connection, Ddl, tx);
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('kpi_event')";
            info.Transaction = tx;
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                columns.Add(reader.GetString(0));
            }
        }

        // Dimension codes are identifiers (the seed loader checks), so the column name needs no quoting beyond this.
        foreach (var column in dimensions.All.Select(TagColumn).Where(c => !columns.Contains(c)))
        {
            Execute(connection, $"ALTER TABLE kpi_event ADD COLUMN \"{column}\" TEXT", tx);
        }

        Execute(connection, $"PRAGMA user_version = {Version}", tx);
        tx.Commit();
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command.ExecuteScalar();
    }
}
