namespace WarRoom.Web.Features.Snapshots.Storage;

/// <summary>
/// The snapshot file's schema (created and version-checked by <see cref="Infrastructure.HostFiles.HostDatabase"/>). The list
/// columns repeat a few document fields so a listing never parses JSON.
/// </summary>
internal static class SnapshotSchema
{
    public const int Version = 1;

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS snapshot (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            scope_name TEXT NOT NULL,
            label TEXT NOT NULL,
            as_of TEXT NOT NULL,
            taken_by TEXT NOT NULL,
            trigger TEXT NOT NULL,
            schedule_key TEXT UNIQUE,
            document TEXT NOT NULL);
        CREATE TRIGGER IF NOT EXISTS snapshot_immutable_update BEFORE UPDATE ON snapshot
            BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
        CREATE TRIGGER IF NOT EXISTS snapshot_immutable_delete BEFORE DELETE ON snapshot
            BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END;
        """;
}
