using System.Globalization;
using WarRoom.Core.Guidance.FollowUp;
using WarRoom.Web.Infrastructure.HostFiles;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// Follow-ups in <c>followup.db</c> under the data directory: the current status per guidance item id and every
/// change in order (who moved which item from what to what, with the note). Items never touched have no row.
/// </summary>
public sealed class FollowUpStore(string path)
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS follow_up (
            id TEXT PRIMARY KEY, unit TEXT NOT NULL, status TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL, note TEXT);
        CREATE TABLE IF NOT EXISTS follow_up_change (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, unit TEXT NOT NULL, from_status TEXT NOT NULL,
            status TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL, note TEXT);
        """;

    private readonly HostDatabase db = new(path, Ddl, 1);
    private readonly Lock writeLock = new();

    public sealed record Row(string Id, string Unit, FollowUpStatus Status, string By, DateTimeOffset At, string? Note);

    public IReadOnlyList<Row> ReadAll()
    {
        using var connection = db.Open();
        using var command = HostDatabase.Command(connection, null, "SELECT id, unit, status, by, at, note FROM follow_up");
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            FollowUpStatusNames.TryParse(reader.GetString(2), out var status);
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), status, reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    /// <summary>Writes the new status and its change record in one transaction.</summary>
    public void Write(Row row, FollowUpStatus from)
    {
        lock (writeLock)
        {
            using var connection = db.Open(write: true);
            using var tx = connection.BeginTransaction(deferred: false);
            var at = row.At.ToString("O", CultureInfo.InvariantCulture);
            HostDatabase.Execute(connection, tx, """
                INSERT INTO follow_up (id, unit, status, by, at, note) VALUES ($id, $unit, $status, $by, $at, $note)
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, by = excluded.by, at = excluded.at, note = excluded.note
                """, ("$id", row.Id), ("$unit", row.Unit), ("$status", row.Status.ToWire()), ("$by", row.By), ("$at", at), ("$note", row.Note));
            HostDatabase.Execute(connection, tx, """
                INSERT INTO follow_up_change (id, unit, from_status, status, by, at, note) VALUES ($id, $unit, $from, $status, $by, $at, $note)
                """, ("$id", row.Id), ("$unit", row.Unit), ("$from", from.ToWire()), ("$status", row.Status.ToWire()), ("$by", row.By), ("$at", at), ("$note", row.Note));
            tx.Commit();
        }
    }
}
