namespace WarRoom.SeedGeneration;

/// <summary>
/// Splits a whole number of units (managers, cents of 万元, customers) among weights so that the shares add up to
/// exactly the total: every share gets the floor of its exact quota, and the units left over go one each to the
/// largest remainders (ties to the earlier index). Integer arithmetic only, so the split is the same everywhere.
/// </summary>
public static class LargestRemainder
{
    /// <summary>Weights are scaled to whole millionths before splitting.</summary>
    public const double WeightScale = 1_000_000;

    public static long[] Split(long total, IReadOnlyList<double> weights, long minimumEach = 0)
    {
        var scaled = new long[weights.Count];
        for (var i = 0; i < scaled.Length; i++)
        {
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[i], "weights must be finite and not negative");
            }

            scaled[i] = (long)Math.Round(weights[i] * WeightScale);
        }

        return Split(total, scaled, minimumEach);
    }

    public static long[] Split(long total, IReadOnlyList<long> weights, long minimumEach = 0)
    {
        var n = weights.Count;
        var rest = total - (minimumEach * n);
        Int128 weightSum = 0;
        foreach (var w in weights)
        {
            weightSum += w;
        }

        if (n == 0 || rest < 0 || weightSum <= 0)
        {
            throw new ArgumentException($"cannot split {total} among {n} weights adding up to {weightSum} with at least {minimumEach} each");
        }

        var shares = new long[n];
        var remainders = new Int128[n];
        long given = 0;
        for (var i = 0; i < n; i++)
        {
            var exact = (Int128)rest * weights[i];
            shares[i] = minimumEach + (long)(exact / weightSum);
            remainders[i] = exact % weightSum;
            given += shares[i];
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));

        // The floors leave fewer than n units over, so one pass suffices.
        for (var k = 0; given < total; k++, given++)
        {
            shares[order[k]]++;
        }

        return shares;
    }
}
