namespace WarRoom.Web.Storage;

/// <summary>
/// Turns per-bucket sums of a <c>sum</c> KPI into the cumulative series: whatever happened before the first
/// bucket (from the campaign start on) opens the series.
/// </summary>
public sealed class CumulativeSeries(SeriesGrid grid)
{
    private readonly double[] perBucket = new double[grid.Count];
    private double opening;

    /// <summary>Adds the sum of the events that fall at <paramref name="unixMs"/>'s bucket.</summary>
    public void Add(long unixMs, double sum)
    {
        var bucket = grid.BucketOf(unixMs);
        if (bucket < 0)
        {
            opening += sum;
        }
        else if (bucket < perBucket.Length)
        {
            perBucket[bucket] += sum;
        }
    }

    public IReadOnlyList<SeriesPoint> Build()
    {
        var levels = new double[perBucket.Length];
        var running = opening;
        for (var i = 0; i < levels.Length; i++)
        {
            running += perBucket[i];
            levels[i] = running;
        }

        return grid.ToPoints(levels);
    }
}
