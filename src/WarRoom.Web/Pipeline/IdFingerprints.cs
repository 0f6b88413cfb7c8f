using System.Runtime.Intrinsics.X86;
using WarRoom.Core.Aggregates;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// A 32-bit fingerprint of every id the ledger ever took, 4 bytes a slot at most 70 % full (≈ 5.7 bytes an id,
/// against 16–34 for the exact hash): it answers "maybe stored" or "surely new" (decision 0022). A false "maybe"
/// costs one look-up in the store; its odds are the probe length over 2³², about one in 700 million look-ups.
/// </summary>
/// <remarks>
/// A fingerprint cannot be re-homed (the hash it came from is gone), so the set does not grow by copying: when its
/// newest segment is full a new segment starts, and a look-up probes each. Sized for the campaign
/// (IngestOptions.ExpectedEvents) it is one segment. Nothing is ever removed: an id whose write failed stays as a
/// "maybe", answered by the store.
/// </remarks>
internal sealed class IdFingerprints
{
    private const double MaxLoad = 0.7;
    private readonly List<uint[]> segments = [new uint[1024]];
    private int usedInLast;

    /// <summary>Fingerprints taken (an id taken twice after its write failed counts twice).</summary>
    public long Count { get; private set; }

    /// <summary>Fingerprints the newest segment takes in all before another starts.</summary>
    public int Capacity => (int)(segments[^1].Length * MaxLoad);

    public long Bytes => segments.Sum(s => (long)s.Length * sizeof(uint));

    public bool MayContain(UInt128 hash)
    {
        var print = Print(hash);
        foreach (var table in segments)
        {
            for (var i = Home(hash, table.Length); table[i] != 0; i = Next(i, table.Length))
            {
                if (table[i] == print)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public unsafe void Prefetch(UInt128 hash)
    {
        if (Sse.IsSupported)
        {
            var table = segments[^1];
            fixed (uint* slots = table)
            {
                Sse.Prefetch0(slots + Home(hash, table.Length));
            }
        }
    }

    public void Add(UInt128 hash)
    {
        var table = segments[^1];
        if (usedInLast + 1 > table.Length * MaxLoad)
        {
            table = new uint[table.Length];
            segments.Add(table);
            usedInLast = 0;
        }

        var print = Print(hash);
        for (var i = Home(hash, table.Length); ; i = Next(i, table.Length))
        {
            if (table[i] == print)
            {
                return;
            }

            if (table[i] == 0)
            {
                table[i] = print;
                usedInLast++;
                Count++;
                return;
            }
        }
    }

    /// <summary>
    /// A newest segment of room for <paramref name="capacity"/> fingerprints: an empty one is replaced by one of that
    /// size, a smaller one in use is followed by one of that size now (no stall later, when it would fill up).
    /// </summary>
    public void EnsureCapacity(int capacity)
    {
        var size = IdTable.SlotsFor(capacity);
        if (usedInLast == 0 && size > segments[^1].Length)
        {
            segments[^1] = new uint[size];
        }
        else if (size > segments[^1].Length)
        {
            segments.Add(new uint[size]);
            usedInLast = 0;
        }
    }

    public void Exchange(IStateChannel channel)
    {
        var count = (int)channel.Number(segments.Count);
        Count = channel.Number(Count);
        usedInLast = (int)channel.Number(usedInLast);
        if (channel.IsLoading && (count is < 1 or > 1024 || Count < 0))
        {
            throw new InvalidDataException($"{Count} id fingerprints in {count} segments");
        }

        for (var s = 0; s < count; s++)
        {
            var size = (int)channel.Number(s < segments.Count ? segments[s].Length : 0);
            if (channel.IsLoading)
            {
                if (size is < 1 or > 1 << 30)
                {
                    throw new InvalidDataException($"an id fingerprint segment of {size} slots");
                }

                var table = s < segments.Count && segments[s].Length == size ? segments[s] : new uint[size];
                if (s < segments.Count)
                {
                    segments[s] = table;
                }
                else
                {
                    segments.Add(table);
                }
            }

            channel.Block<uint>(segments[s]);
        }

        if (channel.IsLoading)
        {
            segments.RemoveRange(count, segments.Count - count);
        }
    }

    private static uint Print(UInt128 hash) => (uint)hash is var p && p != 0 ? p : 1;

    private static int Next(int slot, int size) => slot + 1 == size ? 0 : slot + 1;

    private static int Home(UInt128 hash, int size) => (int)Math.BigMul((ulong)(hash >> 64), (ulong)size, out _);
}
