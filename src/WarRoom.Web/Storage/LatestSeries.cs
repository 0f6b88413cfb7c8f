namespace WarRoom.Web.Storage;

/// <summary>
/// The series of a <c>latest</c> KPI: at the end of each bucket, the sum over booking units of each unit's latest
/// reading so far. Readings are fed in any order with their order key; per unit and bucket the greatest key wins,
/// and a unit's reading carries forward until it reports again.
/// </summary>
public sealed class LatestSeries(SeriesGrid grid)
{
    private readonly Dictionary<(string Unit, int Bucket), (long Key, double Value)> readings = [];

    public void Add(string unit, long unixMs, long orderKey, double value)
    {
        var bucket = Math.Max(grid.BucketOf(unixMs), -1);
        if (bucket >= grid.Count)
        {
            return;
        }

        var slot = (unit, bucket);
        if (!readings.TryGetValue(slot, out var current) || orderKey >= current.Key)
        {
            readings[slot] = (orderKey, value);
        }
    }

    public IReadOnlyList<SeriesPoint> Build()
    {
        // Each change of a unit's reading is a step at its bucket; the opening readings step at bucket 0.
        var steps = new double[grid.Count + 1];
        foreach (var unit in readings.GroupBy(r => r.Key.Unit))
        {
            var previous = 0.0;
            foreach (var (slot, reading) in unit.OrderBy(r => r.Key.Bucket))
            {
                steps[slot.Bucket + 1] += reading.Value - previous;
                previous = reading.Value;
            }
        }

        var levels = new double[grid.Count];
        var running = steps[0];
        for (var i = 0; i < levels.Length; i++)
        {
            running += steps[i + 1];
            levels[i] = running;
        }

        return grid.ToPoints(levels);
    }
}
