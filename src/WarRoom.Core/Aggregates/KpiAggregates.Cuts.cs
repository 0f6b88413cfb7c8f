namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    // A handful of instants are asked for at once (a review's Friday close, a board's comparison); a bound is all
    // the eviction needed. A cut holds every unit's campaign-to-date figures and the day's part of them (~2.4 MB at
    // 21,000 units × 12 KPIs); as many again may wait as spares (CutBuffers).
    private const int CutCapacity = 8;

    private readonly Stack<CutBuffers> spareBuffers = new();

    /// <summary>
    /// The cut for an as-of read at <paramref name="instant"/>: null when every applied event is at or before it (at
    /// or after the campaign's end) or none can be (before its start). Cached while no event lands on a day up to
    /// the instant's. Read lock held.
    /// </summary>
    internal AsOfCut? CutAt(DateTimeOffset instant)
    {
        var ms = instant.ToUnixTimeMilliseconds();
        if (journal is null)
        {
            throw new InvalidOperationException("these aggregates keep whole days only (no day journal): no as-of reads");
        }

        if (!days.Contains(ms))
        {
            return null;
        }

        if (cuts.TryGetValue(ms, out var cut) && !ChangedThrough(cut.Day, cut.BuiltAt))
        {
            return cut;
        }

        var day = days.DayOf(ms);
        var close = day > 0 ? CloseOf(day - 1) : null;
        cut = new AsOfCut(this, journal, parent, close, day, (int)(ms - days.StartOfDayMs(day)), version, SpareBuffers());
        if (cuts.Count >= CutCapacity)
        {
            DropCuts();
        }

        cuts[ms] = cut;
        return cut;
    }

    private CutBuffers SpareBuffers()
    {
        CutBuffers? spare;
        lock (spareBuffers)
        {
            spareBuffers.TryPop(out spare);
        }

        if (spare is null)
        {
            return new CutBuffers(parent.Length, columns.Length);
        }

        spare.Clear();
        return spare;
    }

    /// <summary>
    /// Drops every cached cut. A cut is read only under the read lock, by the readers that took it while it was
    /// cached; so when this reader is the only one in, no other holds a dropped cut, and their arrays serve the next
    /// cuts. Read lock held.
    /// </summary>
    private void DropCuts()
    {
        var dropped = cuts.Values.ToArray();
        cuts.Clear();
        if (gate.CurrentReadCount != 1)
        {
            return;
        }

        lock (spareBuffers)
        {
            foreach (var cut in dropped)
            {
                if (spareBuffers.Count < CutCapacity)
                {
                    spareBuffers.Push(cut.Buffers);
                }
            }
        }
    }
}
