namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    private bool replaying;
    private long dirtyMark = 1;
    private long rescored;

    /// <summary>
    /// Units scored so far (each unit of a full rescore counts). Tests count it to hold a replay to O(events + units)
    /// scorings rather than O(days × units): the cost that grew with the tree at start (decision 0023).
    /// </summary>
    internal long Rescored
    {
        get
        {
            using var _ = Read();
            return rescored;
        }
    }

    /// <summary>
    /// Starts a replay of stored events (the start-up rebuild, a checkpoint's tail, last year's campaign): until
    /// <see cref="EndReplay"/>, applied events book as usual but no composite score is recomputed. A score depends only
    /// on the totals, so rescoring each touched unit once at the end gives the same scores as rescoring per chunk,
    /// for one scoring per unit instead of one per chunk it was booked in — and a new day of a daily average (every
    /// unit's mean moves) costs one rescore of the tree instead of one per campaign day. Between the two, a
    /// reader sees the bookings with scores of before the replay; nothing is ready then.
    /// </summary>
    public void BeginReplay()
    {
        gate.EnterWriteLock();
        try
        {
            replaying = true;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Ends a replay: rescores every unit it touched (every unit, if a daily average gained a day).</summary>
    public void EndReplay()
    {
        gate.EnterWriteLock();
        try
        {
            replaying = false;
            if (rescoreAll || dirtyCount > 0)
            {
                RescoreDirty();
                Volatile.Write(ref version, version + 1);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>The units marked since the last rescore — every unit once a new day moved a daily average. Write lock held.</summary>
    private void RescoreDirty()
    {
        // A daily average moves for every unit when a new day's data begins (one more day in the mean).
        var everyone = rescoreAll;
        var count = everyone ? score.Length : dirtyCount;
        var upToNow = new DayRange(0, maxDataDay);
        Span<long> values = stackalloc long[model.Slots];
        for (var i = 0; i < count; i++)
        {
            var u = everyone ? i : dirty[i];
            for (var j = 0; j < model.Slots; j++)
            {
                values[j] = ValueIn(u, model.KpiIndex[j], upToNow);
            }

            score[u] = model.Score(u, values);
        }

        rescored += count;
        dirtyCount = 0;
        rescoreAll = false;
        dirtyMark++;
    }

    /// <summary>Marks a unit for the next rescore, once however often it is booked before then. Write lock held.</summary>
    private void MarkDirty(int unit)
    {
        if (dirtyStamp[unit] != dirtyMark)
        {
            dirtyStamp[unit] = dirtyMark;
            dirty[dirtyCount++] = unit;
        }
    }
}
