namespace WarRoom.IngestBench;

/// <summary>Nearest-rank percentiles of a sample, and its description in one line.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sample, double percentile)
    {
        if (sample.Count == 0)
        {
            return double.NaN;
        }

        var sorted = sample.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Describe(IReadOnlyList<double> ms) =>
        $"n={ms.Count}, p50 {Of(ms, 50):F2} ms, p90 {Of(ms, 90):F2} ms, p99 {Of(ms, 99):F2} ms, max {Of(ms, 100):F2} ms";
}
