namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Makes committed batches durable by an fsync of the store's write-ahead log outside SQLite's write lock
/// (decision 0024): the writer connection commits at <c>synchronous=NORMAL</c> (frames in the OS cache, the WAL
/// consistent after any crash), then this flushes the WAL file to disk while the next batch is already being
/// written. A batch is acknowledged only after its flush, so it survives a power loss as at <c>FULL</c>; what
/// changes is that the disk wait (tens of milliseconds per batch on this VM) no longer holds up the next one.
/// </summary>
/// <remarks>
/// fsync acts on the file, not on the descriptor, so a handle of our own syncs the frames SQLite wrote through
/// its. The WAL lives as long as a connection is open; the writer connection stays open for the store's life,
/// and SQLite reuses (and may truncate) the file after a checkpoint but never replaces it while open.
/// </remarks>
internal sealed class SqliteWalSync(string databasePath) : IDisposable
{
    private readonly Lock gate = new();
    private FileStream? wal;

    /// <summary>Flushes everything committed so far to disk; safe beside a running write.</summary>
    public void Flush()
    {
        FileStream file;
        lock (gate)
        {
            file = wal ??= new FileStream(databasePath + "-wal", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        }

        // Not under the gate: two flushes may overlap (each covers at least what was committed before it began).
        file.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        lock (gate)
        {
            wal?.Dispose();
            wal = null;
        }
    }
}
