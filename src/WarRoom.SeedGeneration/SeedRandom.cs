namespace WarRoom.SeedGeneration;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its definition, so the same seed gives the same seed
/// files on every machine and .NET version (System.Random's algorithm is an implementation detail). One stream
/// per purpose (names, targets, events) keeps a change in one part from reshuffling the others.
/// </summary>
internal sealed class SeedRandom
{
    private ulong state;

    public SeedRandom(int seed, string stream)
    {
        // FNV-1a over the stream name: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        state = hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Between(double min, double max) => min + ((max - min) * NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Index drawn with probability proportional to <paramref name="weights"/> (whole numbers keep it exact).</summary>
    public int PickWeighted(IReadOnlyList<int> weights, int totalWeight)
    {
        var ticket = Next(totalWeight);
        for (var i = 0; i < weights.Count; i++)
        {
            ticket -= weights[i];
            if (ticket < 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("totalWeight is larger than the sum of the weights");
    }
}
