namespace WarRoom.Web.Pipeline;

/// <summary>
/// The start-up replay's side of the ledger (decision 0022). The store keeps no time of acceptance, so the replay
/// turns the generations by count alone, as the writer would have: when it ends, the exact window holds the newest
/// <see cref="IngestOptions.RecentIds"/> to twice that many replayed ids and every older one is a fingerprint only
/// — what a checkpoint load leaves — instead of all 50 million held exactly until the writer's second turn.
/// </summary>
/// <remarks>
/// While it runs, every replayed id is also held exactly on the side: an id the store holds twice (a cluster node
/// killed between its write and its answer, the resend stored again by another node) must count once however far
/// apart its copies lie, and the store cannot tell a copy from the row being replayed.
/// </remarks>
public sealed partial class IdLedger
{
    private IdTable? replayed;

    /// <summary>Takes a stored id during the replay; false when the replay or the window had it already.</summary>
    public bool AddReplayed(UInt128 hash)
    {
        replayed ??= new IdTable(1 << 16);
        if (!replayed.Add(hash) || Contains(hash))
        {
            return false;
        }

        if (current.Count >= recentIds)
        {
            TurnAt(time.GetUtcNow().ToUnixTimeMilliseconds());
        }

        current.Add(hash);
        fingerprints.Add(hash);
        Count++;
        return true;
    }

    /// <summary>Ends the replay: drops its side table, and a generation larger than the window's standard size.</summary>
    /// <remarks>
    /// Only an earlier version's replay made an oversized generation (every replayed id in one, saved as it was by a
    /// checkpoint): its ids have no acceptance time either, so they keep their fingerprints and a resend of one is
    /// asked of the store, as after any turn (<see cref="Count"/>, the ids stored, stays). Returns the bytes let go, for the log.
    /// </remarks>
    public long EndReplay()
    {
        var freed = (replayed?.Size ?? 0L) * 16;
        replayed = null;
        var standard = IdTable.SlotsFor(recentIds);
        if (previous.Size > standard)
        {
            freed += previous.Size * 16L;
            previous = new IdTable(0);
        }

        if (current.Size > standard)
        {
            freed += current.Size * 16L;
            current = new IdTable(recentIds);
        }

        return freed;
    }
}
