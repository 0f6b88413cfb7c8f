using WarRoom.Core.Kpis;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// What day <see cref="Day"/> had added by the instant of an as-of read (<see cref="LimitMs"/> into the day): per
/// flow KPI the rolled-up sum of its events up to then, per balance KPI each booking unit's reading latest by then,
/// and each unit's latest event time that day. Whole earlier days come from the daily cells, so
/// <c>value(T) = cells[from .. Day − 1] + this</c>. Built under the read lock from the day's journal; valid while
/// no event lands on a day up to <see cref="Day"/> (<see cref="BuiltAt"/>).
/// </summary>
internal sealed class AsOfCut
{
    private readonly KpiAggregates aggregates;
    private readonly long[]?[] sums;
    private readonly Dictionary<(int Unit, int Kpi), (int Ms, long Seq, long Value)> readings = [];
    private readonly Dictionary<(int Kpi, int From), long[]> balances = [];
    private readonly long[]?[] campaignBalances;
    private readonly int[] lastMs;

    public AsOfCut(KpiAggregates aggregates, DayJournal journal, int[] parent, int day, int limitMs, long builtAt)
    {
        this.aggregates = aggregates;
        Day = day;
        LimitMs = limitMs;
        BuiltAt = builtAt;
        sums = new long[aggregates.Catalog.Count][];
        lastMs = new int[parent.Length];
        Array.Fill(lastMs, -1);
        foreach (var chunk in journal.Day(day))
        {
            foreach (var e in chunk.Span)
            {
                if (e.MsOfDay > limitMs)
                {
                    continue;
                }

                for (var u = e.Unit; u >= 0 && lastMs[u] < e.MsOfDay; u = parent[u])
                {
                    lastMs[u] = e.MsOfDay;
                }

                if (aggregates.Catalog[e.Kpi].Aggregation == KpiAggregation.Latest)
                {
                    if (!readings.TryGetValue((e.Unit, e.Kpi), out var held) || e.MsOfDay > held.Ms || (e.MsOfDay == held.Ms && e.Seq > held.Seq))
                    {
                        readings[(e.Unit, e.Kpi)] = (e.MsOfDay, e.Seq, e.Value);
                    }

                    continue;
                }

                var column = sums[e.Kpi] ??= new long[parent.Length];
                for (var u = e.Unit; u >= 0; u = parent[u])
                {
                    column[u] += e.Value;
                }
            }
        }

        Parent = parent;

        // The campaign window (from day 0) is what nearly every as-of read asks for: built now, read without a lock.
        campaignBalances = new long[aggregates.Catalog.Count][];
        foreach (var kpi in readings.Keys.Select(k => k.Kpi).Distinct())
        {
            campaignBalances[kpi] = Balances(kpi, 0);
        }
    }

    public int Day { get; }
    public int LimitMs { get; }
    public long BuiltAt { get; }
    private int[] Parent { get; }

    /// <summary>The unit's latest event that day up to the instant, as milliseconds into the day; −1 for none.</summary>
    public int LastMsOfDay(int unit) => lastMs[unit];

    /// <summary>What day <see cref="Day"/> adds to a value over days <paramref name="from"/>..Day. Read lock held.</summary>
    public long Delta(int unit, int kpi, int from)
    {
        if (aggregates.Catalog[kpi].Aggregation != KpiAggregation.Latest)
        {
            return sums[kpi] is { } column ? column[unit] : 0;
        }

        if (from == 0)
        {
            return campaignBalances[kpi] is { } column ? column[unit] : 0;
        }

        long[]? rolled;
        lock (balances)
        {
            if (!balances.TryGetValue((kpi, from), out rolled))
            {
                rolled = Balances(kpi, from);
                balances[(kpi, from)] = rolled;
            }
        }

        return rolled[unit];
    }

    /// <summary>Each reading of the day replaces its unit's own latest of the earlier days in the range; rolled up.</summary>
    private long[] Balances(int kpi, int from)
    {
        var rolled = new long[Parent.Length];
        var earlier = from <= Day - 1 ? new DayRange(from, Day - 1) : DayRange.Empty;
        foreach (var ((unit, k), reading) in readings)
        {
            if (k != kpi)
            {
                continue;
            }

            var change = reading.Value - (earlier.IsEmpty ? 0 : aggregates.OwnLatestIn(unit, kpi, earlier));
            for (var u = unit; u >= 0; u = Parent[u])
            {
                rolled[u] += change;
            }
        }

        return rolled;
    }
}
