using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace WarRoom.Web.Features.Ingest.Pipeline;

/// <summary>
/// Every event id the store holds, as a 128-bit XxHash: about 30 bytes per id instead of the id string, so
/// 10 million ids fit in ~300 MB and a look-up costs one hash. Two different ids share a hash with probability
/// about n²/2¹²⁹ (≈10⁻²⁵ for 10 million ids), far below any hardware error rate. Rebuilt from the store at start;
/// touched only by the rebuild and then by the single ingest writer, so it needs no lock.
/// </summary>
public sealed class IdLedger
{
    private readonly HashSet<UInt128> ids = [];

    public int Count => ids.Count;

    public static UInt128 Hash(string id) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(id.AsSpan()));

    public bool Contains(UInt128 hash) => ids.Contains(hash);

    public bool Add(UInt128 hash) => ids.Add(hash);

    public void EnsureCapacity(int capacity) => ids.EnsureCapacity(capacity);
}
