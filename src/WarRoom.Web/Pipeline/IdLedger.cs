using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// Every event id the store holds, as a 128-bit XxHash: 16 bytes per id instead of the id string, and a look-up
/// costs one hash. Two different ids share a hash with probability about n²/2¹²⁹ (≈10⁻²⁵ for 10 million ids),
/// far below any hardware error rate. Rebuilt from the store at start; touched only by the rebuild and then by the
/// single ingest writer, so it needs no lock.
/// </summary>
/// <remarks>
/// An open-addressing table (linear probing, at most 70% full) rather than a HashSet: the writer checks every
/// incoming id against millions of others, and a HashSet look-up touches its bucket array and then its entry
/// array, two cache misses, where a probe here mostly stays in one cache line. The hashes are uniform already, so
/// the slot is the hash's high bits scaled to the table size. 23–34 bytes per id.
/// </remarks>
public sealed class IdLedger
{
    private const double MaxLoad = 0.7;
    private UInt128[] slots = new UInt128[1024];
    private int used;
    private bool hasZero;

    public int Count => used + (hasZero ? 1 : 0);

    /// <summary>Ids it takes before it grows.</summary>
    public int Capacity => (int)(slots.Length * MaxLoad);

    public static UInt128 Hash(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    public bool Contains(UInt128 hash)
    {
        if (hash == UInt128.Zero)
        {
            return hasZero;
        }

        var table = slots;
        for (var i = Home(hash, table.Length); ; i = Next(i, table.Length))
        {
            if (table[i] == hash)
            {
                return true;
            }

            if (table[i] == UInt128.Zero)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Starts loading the slot where a probe for <paramref name="hash"/> begins. A writer that calls this a few
    /// hashes ahead of its <see cref="Contains"/>/<see cref="Add"/> calls waits for memory once per run of
    /// hashes rather than once per hash: the table is far larger than the CPU caches, so a probe is a cache miss.
    /// </summary>
    public unsafe void Prefetch(UInt128 hash)
    {
        if (Sse.IsSupported)
        {
            fixed (UInt128* table = slots)
            {
                Sse.Prefetch0(table + Home(hash, slots.Length));
            }
        }
    }

    public bool Add(UInt128 hash)
    {
        // Zero marks an empty slot, so the one id whose hash is zero is remembered on the side.
        if (hash == UInt128.Zero)
        {
            var added = !hasZero;
            hasZero = true;
            return added;
        }

        if (used + 1 > slots.Length * MaxLoad)
        {
            Resize(slots.Length + (slots.Length / 2));
        }

        if (!Insert(slots, hash))
        {
            return false;
        }

        used++;
        return true;
    }

    /// <summary>
    /// Takes an id out again (the writer added a group's ids before a store write that then failed). Linear
    /// probing needs the entries after it in its run moved back, or a later look-up would stop at the hole.
    /// </summary>
    public bool Remove(UInt128 hash)
    {
        if (hash == UInt128.Zero)
        {
            var removed = hasZero;
            hasZero = false;
            return removed;
        }

        var table = slots;
        var hole = Home(hash, table.Length);
        while (table[hole] != hash)
        {
            if (table[hole] == UInt128.Zero)
            {
                return false;
            }

            hole = Next(hole, table.Length);
        }

        for (var j = Next(hole, table.Length); table[j] != UInt128.Zero; j = Next(j, table.Length))
        {
            // An entry may fill the hole unless its home lies cyclically in (hole, j]: then it must stay after it.
            var home = Home(table[j], table.Length);
            var staysPut = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!staysPut)
            {
                table[hole] = table[j];
                hole = j;
            }
        }

        table[hole] = UInt128.Zero;
        used--;
        return true;
    }

    /// <remarks>
    /// Growing copies the whole table on the writer's thread and faults in fresh pages, a stall in the middle of
    /// ingest at millions of ids; the host sizes the ledger for the campaign at start (IngestOptions.ExpectedEvents).
    /// </remarks>
    public void EnsureCapacity(int capacity)
    {
        var needed = (int)Math.Min(Array.MaxLength, (capacity / MaxLoad) + 1);
        if (needed > slots.Length)
        {
            Resize(needed);
        }
    }

    /// <summary>
    /// Saves or loads the table as it is (a checkpoint, decision 0023): the slots are written raw, so a load is one
    /// read of 16 bytes a slot with no hashing or probing. Loading replaces what the ledger held.
    /// </summary>
    public void Exchange(IStateChannel channel)
    {
        var size = (int)channel.Number(slots.Length);
        var count = (int)channel.Number(used);
        var zero = channel.Number(hasZero ? 1 : 0) == 1;
        if (channel.IsLoading)
        {
            if (size < 1 || count >= size)
            {
                throw new InvalidDataException($"an id ledger of {count} ids in {size} slots");
            }

            slots = size == slots.Length ? slots : new UInt128[size];
        }

        channel.Block<UInt128>(slots);
        used = count;
        hasZero = zero;
    }

    private static int Next(int slot, int size) => slot + 1 == size ? 0 : slot + 1;

    /// <summary>Lemire's multiply-shift: maps the hash onto [0, size) without a division.</summary>
    private static int Home(UInt128 hash, int size) => (int)Math.BigMul((ulong)(hash >> 64), (ulong)size, out _);

    private static bool Insert(UInt128[] table, UInt128 hash)
    {
        for (var i = Home(hash, table.Length); ; i = Next(i, table.Length))
        {
            if (table[i] == hash)
            {
                return false;
            }

            if (table[i] == UInt128.Zero)
            {
                table[i] = hash;
                return true;
            }
        }
    }

    private void Resize(int size)
    {
        var bigger = new UInt128[size];
        foreach (var hash in slots)
        {
            if (hash != UInt128.Zero)
            {
                Insert(bigger, hash);
            }
        }

        slots = bigger;
    }
}
