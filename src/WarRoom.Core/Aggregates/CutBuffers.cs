namespace WarRoom.Core.Aggregates;

/// <summary>
/// The arrays of one <see cref="AsOfCut"/> (about (KPIs + 2) × 8 bytes per unit, 2.4 MB at 21,000 units and 12
/// KPIs), handed on to a later cut once no reader can see the one they served (<see cref="KpiAggregates.CutAt"/>).
/// Fresh memory costs a page fault per 4 KB on first touch: taken new for every cut, that was most of its build.
/// </summary>
internal sealed class CutBuffers
{
    public CutBuffers(int units, int kpis)
    {
        Delta = new long[units * kpis];
        LastMs = new int[units];
        Score = new double[units];
        Readings = new Reading[kpis][];
        Readers = [.. Enumerable.Range(0, kpis).Select(_ => new List<int>())];
        Array.Fill(LastMs, -1);
    }

    /// <summary>Per unit × KPIs + KPI, what the cut's day added to the unit's subtree by the instant.</summary>
    public long[] Delta { get; }

    /// <summary>Per unit, its subtree's latest event of the day by the instant, in ms into the day; −1 for none.</summary>
    public int[] LastMs { get; }

    /// <summary>Per unit, the composite score at the instant.</summary>
    public double[] Score { get; }

    /// <summary>Per balance KPI, each unit's own reading latest by the instant (Ms −1 for none); null until one is taken.</summary>
    public Reading[]?[] Readings { get; }

    /// <summary>Per KPI, the units with a reading in <see cref="Readings"/>.</summary>
    public List<int>[] Readers { get; }

    /// <summary>Back to no events: only the cells a cut wrote are cleared.</summary>
    public void Clear()
    {
        Array.Clear(Delta);
        Array.Fill(LastMs, -1);
        for (var k = 0; k < Readers.Length; k++)
        {
            foreach (var unit in Readers[k])
            {
                Readings[k]![unit] = Reading.None;
            }

            Readers[k].Clear();
        }
    }

    /// <summary>Takes a balance reading of the cut's day if it is the unit's latest so far (later time, then higher seq).</summary>
    public void Take(int kpi, int unit, in JournalEntry e)
    {
        var held = Readings[kpi];
        if (held is null)
        {
            held = Readings[kpi] = new Reading[LastMs.Length];
            Array.Fill(held, Reading.None);
        }

        ref var reading = ref held[unit];
        if (reading.Ms < 0)
        {
            Readers[kpi].Add(unit);
        }

        if (reading.Ms < 0 || e.MsOfDay > reading.Ms || (e.MsOfDay == reading.Ms && e.Seq > reading.Seq))
        {
            reading = new Reading(e.MsOfDay, e.Seq, e.Value);
        }
    }

    internal readonly record struct Reading(int Ms, long Seq, long Value)
    {
        public static readonly Reading None = new(-1, 0, 0);
    }
}
