using System.Runtime.Intrinsics.X86;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// An exact set of id hashes: open addressing with linear probing, at most 70 % full, 16 bytes a slot. The id
/// ledger keeps the ids inside the resend window in two of these (decision 0022).
/// </summary>
/// <remarks>
/// Not a HashSet: the writer checks every incoming id against millions of others, and a HashSet look-up touches
/// its bucket array and then its entry array, two cache misses, where a probe here mostly stays in one cache line.
/// The hashes are uniform already, so the slot is the hash's high bits scaled to the table size.
/// </remarks>
internal sealed class IdTable
{
    private const double MaxLoad = 0.7;
    private UInt128[] slots;
    private bool hasZero;

    public IdTable(int capacity) => slots = new UInt128[SlotsFor(capacity)];

    /// <summary>Hashes held (the zero hash included).</summary>
    public int Count => Used + (hasZero ? 1 : 0);

    /// <summary>Hashes it takes before it grows.</summary>
    public int Capacity => (int)(slots.Length * MaxLoad);

    /// <summary>Slots it holds, for the checkpoint and the memory figures.</summary>
    public int Size => slots.Length;

    private int Used { get; set; }

    public bool Contains(UInt128 hash)
    {
        if (hash == UInt128.Zero)
        {
            return hasZero;
        }

        var table = slots;
        for (var i = Home(hash, table.Length); table[i] != UInt128.Zero; i = Next(i, table.Length))
        {
            if (table[i] == hash)
            {
                return true;
            }
        }

        return false;
    }

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

        if (Used + 1 > slots.Length * MaxLoad)
        {
            Resize(slots.Length + (slots.Length / 2));
        }

        if (!Insert(slots, hash))
        {
            return false;
        }

        Used++;
        return true;
    }

    /// <summary>Linear probing needs the entries after a removed one moved back, or a later look-up would stop at the hole.</summary>
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
        Used--;
        return true;
    }

    /// <summary>Empties the table, keeping its slots for the next generation (no new allocation on the writer's thread).</summary>
    public void Clear()
    {
        Array.Clear(slots);
        Used = 0;
        hasZero = false;
    }

    /// <summary>Saves or loads the slots as they are: a load is one read of 16 bytes a slot with no hashing or probing.</summary>
    public void Exchange(WarRoom.Core.Aggregates.IStateChannel channel)
    {
        var size = (int)channel.Number(slots.Length);
        var used = (int)channel.Number(Used);
        var zero = channel.Number(hasZero ? 1 : 0) == 1;
        if (channel.IsLoading)
        {
            if (size < 1 || used < 0 || used >= size)
            {
                throw new InvalidDataException($"an id table of {used} ids in {size} slots");
            }

            slots = size == slots.Length ? slots : new UInt128[size];
        }

        WarRoom.Core.Aggregates.StateChannelExtensions.Block<UInt128>(channel, slots);
        Used = used;
        hasZero = zero;
    }

    internal static int SlotsFor(int capacity) => (int)Math.Min(Array.MaxLength, Math.Max(1024, (capacity / MaxLoad) + 1));

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
