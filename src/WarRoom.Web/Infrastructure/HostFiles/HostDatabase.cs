using Microsoft.Data.Sqlite;

namespace WarRoom.Web.Infrastructure.HostFiles;

/// <summary>
/// One SQLite file of the host's own records (follow-ups, the WeCom outbox), beside the audit log under
/// <c>WarRoom:DataDirectory</c> and never in the KPI store: these are records of what people and the host did, kept
/// whatever the store is. The schema is created on first use; writes commit only once the WAL is on disk.
/// </summary>
/// <remarks>Microsoft.Data.Sqlite has no truly asynchronous I/O; callers use it synchronously (as SqliteKpiStore).</remarks>
public sealed class HostDatabase(string path, string ddl, int version)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = System.IO.Path.GetFullPath(path), Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30,
    }.ToString();

    private readonly Lock schemaLock = new();
    private bool created;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public SqliteConnection Open(bool write = false)
    {
        lock (schemaLock)
        {
            if (!created)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                using var first = new SqliteConnection(connectionString);
                first.Open();
                CreateSchema(first);
                created = true;
            }
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (write)
        {
            Execute(connection, null, "PRAGMA synchronous = FULL");
        }

        return connection;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql, parameters);
        return command.ExecuteScalar();
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private void CreateSchema(SqliteConnection connection)
    {
        var found = Convert.ToInt32(Scalar(connection, null, "PRAGMA user_version"));
        if (found > version)
        {
            throw new InvalidOperationException($"{Path} has schema version {found}; this build knows up to {version}");
        }

        Execute(connection, null, "PRAGMA journal_mode = WAL;" + ddl + $"PRAGMA user_version = {version};");
    }
}
