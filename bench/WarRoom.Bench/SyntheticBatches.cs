using WarRoom.Core.Events;
using WarRoom.Core.Seed;

namespace WarRoom.Bench;

/// <summary>
/// Deterministic batches of events on a seed's managers (the guidance and board runs): uniform over the leaves, the
/// KPIs and the given span, values 0.01–49.99. Same seed, same batches.
/// </summary>
internal sealed class SyntheticBatches(SeedData seed, int randomSeed)
{
    private readonly Random random = new(randomSeed);
    private readonly int[] leaves = [.. seed.Org.Units.Where(u => u.Level.IsLeaf).Select(u => u.Index)];
    private long seq;

    public EventRecord[] Next(int n, DateTimeOffset from, DateTimeOffset until) =>
        [.. Enumerable.Range(0, n).Select(_ => new EventRecord(
            ++seq, "bench", from.ToUnixTimeMilliseconds() + random.NextInt64((until - from).Ticks / TimeSpan.TicksPerMillisecond),
            leaves[random.Next(leaves.Length)], random.Next(seed.Kpis.Count), random.Next(1, 5_000) / 100.0))];
}
