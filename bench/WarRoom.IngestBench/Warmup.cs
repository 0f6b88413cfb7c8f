namespace WarRoom.IngestBench;

/// <summary>
/// Untimed ingest before a measurement, for a fixed time rather than a fixed count: tiered JIT promotes a method
/// after some 30 calls (twice with dynamic PGO) on a background thread, and on a machine whose cores are busy
/// with other work that thread needs wall time, not calls. Small bodies first (many requests), then full ones.
/// Every call makes new ids, so the events are accepted, not answered as duplicates.
/// </summary>
internal sealed class Warmup(BenchSeed seed, TimeSpan duration, int perBody)
{
    private const int Chunk = 100_000;
    private long made;

    /// <summary>Of the last run's accepted events, how many came in the small bodies of its first half.</summary>
    public long LastInSmallBodies { get; private set; }

    /// <summary>Posts warm-up events; returns how many were accepted (they are in the store next to the measured ones).</summary>
    public async Task<long> RunAsync(IngestClient client)
    {
        long accepted = 0;
        LastInSmallBodies = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var size = clock.Elapsed < duration / 2 ? 250 : perBody;
            var events = SyntheticEvents.Make(seed, "warmup", made + 1, Chunk, 10_000_000);
            made += Chunk;
            var totals = await client.PostAllAsync(JsonBodies.Make(seed.Data, events, size));
            accepted += totals.Accepted;
            LastInSmallBodies += size < perBody ? totals.Accepted : 0;
        }

        return accepted;
    }
}
