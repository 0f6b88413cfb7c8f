using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using WarRoom.Web.Infrastructure.HostFiles;

namespace WarRoom.Web.Features.Snapshots.Storage;

/// <summary>
/// Snapshots as JSON documents in their own SQLite file (whatever the KPI store is: a snapshot is a record of
/// what was shown, not of events). Insert-only: triggers in the schema refuse UPDATE and DELETE, so a taken
/// snapshot cannot change even by a bug here. A weekly snapshot carries a schedule key with a UNIQUE index: the
/// same week cannot be taken twice, across restarts and even by two processes sharing the file.
/// </summary>
/// <remarks>Microsoft.Data.Sqlite has no truly asynchronous I/O; the methods are synchronous (as in SqliteKpiStore).</remarks>
public sealed class SnapshotStore(string path)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable (and a third of the size) in the file and in the API answer.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly Lock writeLock = new();
    private readonly HostDatabase db = new(path, SnapshotSchema.Ddl, SnapshotSchema.Version);

    public string Path => db.Path;

    /// <summary>
    /// Stores <paramref name="draft"/> under the next id and returns it as stored; null when
    /// <paramref name="scheduleKey"/> is already taken (that week's snapshot exists).
    /// </summary>
    public SnapshotDto? Insert(SnapshotDto draft, string? scheduleKey)
    {
        lock (writeLock)
        {
            using var connection = db.Open(write: true);
            using var tx = connection.BeginTransaction(deferred: false);
            if (scheduleKey is not null && HostDatabase.Scalar(connection, tx, "SELECT 1 FROM snapshot WHERE schedule_key = $key", ("$key", scheduleKey)) is not null)
            {
                return null;
            }

            var id = Convert.ToInt64(HostDatabase.Scalar(connection, tx, "SELECT COALESCE(MAX(id), 0) + 1 FROM snapshot"));
            var stored = draft with { Id = id };
            using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO snapshot (id, scope, scope_name, label, as_of, taken_by, trigger, schedule_key, document)
                VALUES ($id, $scope, $scopeName, $label, $asOf, $takenBy, $trigger, $key, $document)
                """;
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$scope", stored.Scope.Code);
            insert.Parameters.AddWithValue("$scopeName", stored.Scope.Name);
            insert.Parameters.AddWithValue("$label", stored.Label);
            insert.Parameters.AddWithValue("$asOf", stored.AsOf.ToString("O"));
            insert.Parameters.AddWithValue("$takenBy", stored.TakenBy);
            insert.Parameters.AddWithValue("$trigger", stored.Trigger);
            insert.Parameters.AddWithValue("$key", (object?)scheduleKey ?? DBNull.Value);
            insert.Parameters.AddWithValue("$document", JsonSerializer.Serialize(stored, Json));
            insert.ExecuteNonQuery();
            tx.Commit();
            return stored;
        }
    }

    public bool HasScheduleKey(string scheduleKey)
    {
        using var connection = db.Open();
        return HostDatabase.Scalar(connection, null, "SELECT 1 FROM snapshot WHERE schedule_key = $key", ("$key", scheduleKey)) is not null;
    }

    /// <summary>Every snapshot's list line, newest first (the caller filters by scope).</summary>
    public IReadOnlyList<SnapshotSummaryDto> List()
    {
        using var connection = db.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, label, scope, scope_name, as_of, taken_by, trigger FROM snapshot ORDER BY id DESC";
        using var reader = command.ExecuteReader();
        var list = new List<SnapshotSummaryDto>();
        while (reader.Read())
        {
            list.Add(new SnapshotSummaryDto(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(5), reader.GetString(6)));
        }

        return list;
    }

    public SnapshotDto? Get(long id)
    {
        var json = GetJson(id);
        return json is null ? null : JsonSerializer.Deserialize<SnapshotDto>(json, Json);
    }

    /// <summary>The document exactly as stored.</summary>
    public string? GetJson(long id)
    {
        using var connection = db.Open();
        return HostDatabase.Scalar(connection, null, "SELECT document FROM snapshot WHERE id = $id", ("$id", id)) as string;
    }
}
