using System.IO.Hashing;
using System.Runtime.InteropServices;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// Which event ids the store holds, bounded for a campaign of tens of millions (decision 0022). Ids taken inside
/// the resend window are held exactly (128-bit XxHash, 16 bytes each) in two generations; every id ever taken
/// leaves a 32-bit fingerprint. An id neither in the window nor among the fingerprints is new; one only among the
/// fingerprints is "maybe stored", and the writer asks the store before numbering it (<see cref="LateResends"/>).
/// Touched by the rebuild, then by the single ingest writer only, so it needs no lock.
/// </summary>
/// <remarks>
/// Two different ids share a 128-bit hash with probability about n²/2¹²⁹ (≈10⁻²⁰ for 50 million ids). A generation
/// turns when it is <see cref="IngestOptions.ResendWindow"/> old or holds <see cref="IngestOptions.RecentIds"/>
/// ids; the older one is then dropped, so an id stays exact for at least one window or that many newer ids.
/// A start's replay turns the generations by count as it goes, so it leaves them as a checkpoint does (IdLedger.Replay.cs).
/// </remarks>
public sealed partial class IdLedger(TimeProvider time, TimeSpan window, int recentIds)
{
    // Leads the ledger's part of a checkpoint; an older layout began with a slot count, always below this.
    private const long Format = 0x4C45_4447_0002;
    private readonly IdFingerprints fingerprints = new();
    private IdTable current = new(recentIds);
    private IdTable previous = new(0);
    private long currentSinceMs = time.GetUtcNow().ToUnixTimeMilliseconds();

    public IdLedger()
        : this(TimeProvider.System, new IngestOptions().ResendWindow, new IngestOptions().RecentIds)
    {
    }

    /// <summary>Ids taken and not taken back: what the store holds, once every write in flight is durable.</summary>
    public int Count { get; private set; }

    /// <summary>Ids the fingerprints take before another segment starts.</summary>
    public int Capacity => fingerprints.Capacity;

    /// <summary>Ids held exactly (inside the resend window).</summary>
    public int RecentCount => current.Count + previous.Count;

    /// <summary>What the ledger's arrays take: the two generations and the fingerprints.</summary>
    public long Bytes => ((long)current.Size + previous.Size) * 16 + fingerprints.Bytes;

    public static UInt128 Hash(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    /// <summary>Whether the id was taken inside the resend window (exact).</summary>
    public bool Contains(UInt128 hash) => current.Contains(hash) || (previous.Count > 0 && previous.Contains(hash));

    /// <summary>Not <see cref="Contains"/>, yet it may have been taken earlier: only the store can tell.</summary>
    /// <remarks>Fingerprints first: a new id (nearly every id) misses them and costs one look-up here, not three
    /// (the writer looks it up in the window again when it takes it).</remarks>
    public bool MayBeStored(UInt128 hash) => fingerprints.MayContain(hash) && !Contains(hash);

    /// <summary>
    /// Starts loading the slots a look-up of <paramref name="hash"/> touches. A writer that calls this a few hashes
    /// ahead waits for memory once per run of hashes rather than once per hash: the tables exceed the CPU caches.
    /// </summary>
    public void Prefetch(UInt128 hash)
    {
        current.Prefetch(hash);
        fingerprints.Prefetch(hash);
        replayed?.Prefetch(hash);
        if (previous.Count > 0)
        {
            previous.Prefetch(hash);
        }
    }

    /// <summary>Takes the id; false when it was taken inside the window. An id older than that is the caller's to ask the store about first.</summary>
    public bool Add(UInt128 hash)
    {
        if ((previous.Count > 0 && previous.Contains(hash)) || !current.Add(hash))
        {
            return false;
        }

        fingerprints.Add(hash);
        Count++;
        return true;
    }

    /// <summary>Takes an id back (its store write failed). Its fingerprint stays: a resend of it is then asked of the store.</summary>
    public bool Remove(UInt128 hash)
    {
        if (!current.Remove(hash) && !previous.Remove(hash))
        {
            return false;
        }

        Count--;
        return true;
    }

    /// <summary>Called by the writer before each group: turns the generations when the current one is old or full.</summary>
    public void Turn()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (current.Count < recentIds && now - currentSinceMs < (long)window.TotalMilliseconds)
        {
            return;
        }

        TurnAt(now);
    }

    private void TurnAt(long now)
    {
        // The dropped generation's slots are reused when they have the standard size (a checkpoint's may not).
        var dropped = previous;
        previous = current;
        if (dropped.Size == IdTable.SlotsFor(recentIds))
        {
            dropped.Clear();
            current = dropped;
        }
        else
        {
            current = new IdTable(recentIds);
        }

        currentSinceMs = now;
    }

    /// <remarks>The host sizes the fingerprints for the campaign at start (IngestOptions.ExpectedEvents).</remarks>
    public void EnsureCapacity(int capacity) => fingerprints.EnsureCapacity(capacity);

    /// <summary>Saves or loads the generations and the fingerprints as they are (a checkpoint, decision 0023).</summary>
    public void Exchange(IStateChannel channel)
    {
        if (channel.Number(Format) != Format)
        {
            throw new InvalidDataException("an id ledger of another layout");
        }

        currentSinceMs = channel.Number(currentSinceMs);
        Count = (int)channel.Number(Count);
        current.Exchange(channel);
        previous.Exchange(channel);
        fingerprints.Exchange(channel);
    }
}
