namespace WarRoom.Core.Aggregates;

/// <summary>
/// The figures at the instant of an as-of read, <see cref="LimitMs"/> into day <see cref="Day"/>. What that day had
/// added by then comes from its journal (<see cref="DayScan"/>): per flow KPI each unit's own sum, per balance KPI each
/// booking unit's reading latest by then, per unit its latest event time, each rolled up the tree once. Campaign-to-date
/// values are then the previous day's close (<see cref="DayClose"/>) plus that, and every unit's score is computed once; other
/// windows read <c>cells[from .. Day − 1] + Delta</c>. Built under the read lock; valid while no event lands on a
/// day up to <see cref="Day"/> (<see cref="BuiltAt"/>).
/// </summary>
internal sealed class AsOfCut
{
    private readonly KpiAggregates aggregates;
    private readonly int[] parent;
    private readonly int kpis;
    private readonly long[] delta;
    private readonly CutBuffers.Reading[]?[] readings;
    private readonly List<int>[] readers;
    private readonly Dictionary<int, long[]>[] balances;
    private readonly int[] lastMs;
    private readonly DayClose? close;
    private readonly double[] score;

    /// <param name="buffers">Arrays to fill, cleared (<see cref="CutBuffers.Clear"/>); the cut keeps them.</param>
    public AsOfCut(KpiAggregates aggregates, DayJournal journal, int[] parent, DayClose? close, int day, int limitMs, long builtAt, CutBuffers buffers)
    {
        this.aggregates = aggregates;
        this.parent = parent;
        Day = day;
        LimitMs = limitMs;
        BuiltAt = builtAt;
        Buffers = buffers;
        var n = parent.Length;
        kpis = aggregates.Catalog.Count;
        var latest = aggregates.Catalog.All.Select(k => k.Aggregation == Kpis.KpiAggregation.Latest).ToArray();
        (delta, lastMs, score, readings, readers) = (buffers.Delta, buffers.LastMs, buffers.Score, buffers.Readings, buffers.Readers);
        balances = [.. Enumerable.Range(0, kpis).Select(_ => new Dictionary<int, long[]>())];
        DayScan.Run(journal, day, limitMs, latest, delta, lastMs, buffers.Take);

        // Over the whole campaign a balance's reading of the day replaces its unit's own latest of the days before.
        // The previous day's close holds that own latest (close is the close of day − 1, null on day 0).
        for (var k = 0; k < kpis; k++)
        {
            foreach (var unit in readers[k])
            {
                delta[(unit * kpis) + k] = readings[k]![unit].Value - (close?.OwnLatest(unit, k) ?? 0);
            }
        }

        // Pre-order: every descendant of u has a larger index, so one backward walk rolls each subtree up.
        for (var u = n - 1; u > 0; u--)
        {
            var p = parent[u];
            lastMs[p] = Math.Max(lastMs[p], lastMs[u]);
            var from = delta.AsSpan(u * kpis, kpis);
            var to = delta.AsSpan(p * kpis, kpis);
            for (var k = 0; k < kpis; k++)
            {
                to[k] += from[k];
            }
        }

        this.close = close;
        aggregates.SettleLevels(close, delta, day);
        aggregates.Scores(close?.Values, delta, score, close);
    }

    /// <summary>The arrays this cut reads; handed on only once no reader can see the cut.</summary>
    public CutBuffers Buffers { get; }

    public int Day { get; }
    public int LimitMs { get; }
    public long BuiltAt { get; }

    /// <summary>The unit's latest event that day up to the instant, as milliseconds into the day; −1 for none.</summary>
    public int LastMsOfDay(int unit) => lastMs[unit];

    /// <summary>The unit's campaign-to-date value of the KPI at the instant (fixed point).</summary>
    public long CampaignValue(int unit, int kpi) => (close?.Value(unit, kpi) ?? 0) + delta[(unit * kpis) + kpi];

    /// <summary>The unit's campaign-to-date composite score at the instant; NaN without a target.</summary>
    public double CampaignScore(int unit) => score[unit];

    /// <summary>What day <see cref="Day"/> adds to a value over days <paramref name="from"/>..Day. Read lock held.</summary>
    public long Delta(int unit, int kpi, int from)
    {
        if (readers[kpi].Count == 0 || from == 0)
        {
            return delta[(unit * kpis) + kpi];
        }

        long[]? rolled;
        lock (balances[kpi])
        {
            if (!balances[kpi].TryGetValue(from, out rolled))
            {
                rolled = Balances(kpi, from);
                balances[kpi][from] = rolled;
            }
        }

        return rolled[unit];
    }

    /// <summary>Each reading of the day replaces its unit's own latest of the earlier days in the range; rolled up.</summary>
    private long[] Balances(int kpi, int from)
    {
        var rolled = new long[parent.Length];
        var earlier = from <= Day - 1 ? new DayRange(from, Day - 1) : DayRange.Empty;
        foreach (var unit in readers[kpi])
        {
            var change = readings[kpi]![unit].Value - (earlier.IsEmpty ? 0 : aggregates.OwnLatestIn(unit, kpi, earlier));
            for (var u = unit; u >= 0; u = parent[u])
            {
                rolled[u] += change;
            }
        }

        return rolled;
    }
}
