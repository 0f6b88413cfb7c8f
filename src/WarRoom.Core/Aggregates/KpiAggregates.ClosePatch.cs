using WarRoom.Core.Events;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>
    /// Brings a chunk's late events into the closes kept (decision 0026): a close is the state at its day's end, so an
    /// event dated day d changes the closes of days ≥ d and no other. Only the booked unit's path to the root moves,
    /// so each such event costs depth × closes kept instead of a rebuild over every unit. Today's events (nearly all)
    /// cost one comparison each. Not during a replay: its closes are left outdated (<see cref="DayClose.ValidAt"/>)
    /// and built again when read. Write lock held, before <paramref name="stamp"/> is published.
    /// </summary>
    private void PatchCloses(ReadOnlySpan<EventRecord> chunk, long stamp)
    {
        lock (closes)
        {
            if (replaying || closes.Count == 0)
            {
                return;
            }

            var through = -1;
            foreach (var close in closes.Values)
            {
                through = Math.Max(through, close.Through);
            }

            var lateBefore = through + 1 < days.Count ? days.StartOfDayMs(through + 1) : days.EndMs;
            foreach (var close in closes.Values)
            {
                if (!ValidBefore(close, stamp))
                {
                    continue;
                }

                foreach (ref readonly var e in chunk)
                {
                    if (e.TimeMs < lateBefore && days.Contains(e.TimeMs) && (uint)e.Unit < (uint)parent.Length
                        && (uint)e.Kpi < (uint)columns.Length && ratioOf[e.Kpi].Numerator < 0 && days.DayOf(e.TimeMs) <= close.Through)
                    {
                        Patch(close, e.Unit, e.Kpi);
                    }
                }

                close.ValidAt = stamp;
            }
        }
    }

    /// <summary>Whether the close held every event up to its day before this chunk (only the chunk's days carry <paramref name="stamp"/>).</summary>
    private bool ValidBefore(DayClose close, long stamp)
    {
        if (close.ValidAt == version)
        {
            return true;
        }

        for (var d = Math.Min(close.Through, dayVersion.Length - 1); d >= 0; d--)
        {
            if (dayVersion[d] > close.ValidAt && dayVersion[d] != stamp)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Sets the unit's and its ancestors' figures of the KPI, the ratios it feeds and their scores to what a fresh
    /// build would give (the same sums and the same scoring, so equal bit for bit). Idempotent: a unit booked twice in a
    /// chunk is set twice to the same figures. A flow or a daily average is read again per ancestor (at most the
    /// campaign's days); a <c>latest</c> KPI's roll-up is a sum of own readings, so it moves by its own reading's change.
    /// </summary>
    private void Patch(DayClose close, int unit, int kpi)
    {
        var k = columns.Length;
        var range = new DayRange(0, close.Through);
        var values = close.Values;
        var column = columns[kpi];
        if (column.IsLatest)
        {
            var own = close.Own(kpi);
            var change = column.OwnLatestIn(unit, range) - own[unit];
            own[unit] += change;
            for (var a = unit; a >= 0 && change != 0; a = parent[a])
            {
                values[(a * k) + kpi] += change;
            }
        }
        else
        {
            for (var a = unit; a >= 0; a = parent[a])
            {
                values[(a * k) + kpi] = ValueIn(a, kpi, range);
            }
        }

        for (var r = 0; r < k; r++)
        {
            if (ratioOf[r] is var (numerator, denominator) && (numerator == kpi || denominator == kpi))
            {
                for (var a = unit; a >= 0; a = parent[a])
                {
                    values[(a * k) + r] = FixedPoint.Ratio(values[(a * k) + numerator], values[(a * k) + denominator]);
                }
            }
        }

        Span<long> slots = stackalloc long[model.Slots];
        for (var a = unit; a >= 0; a = parent[a])
        {
            for (var j = 0; j < model.Slots; j++)
            {
                slots[j] = values[(a * k) + model.KpiIndex[j]];
            }

            close.Scores[a] = model.Score(a, slots);
        }
    }
}
