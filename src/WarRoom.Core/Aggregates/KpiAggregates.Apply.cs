using System.Diagnostics;
using WarRoom.Core.Events;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>Applies one accepted event (see <see cref="Apply(ReadOnlySpan{EventRecord})"/>).</summary>
    public void Apply(in EventRecord record) => Apply(new ReadOnlySpan<EventRecord>(in record));

    /// <summary>
    /// Applies accepted events in any order; the result does not depend on the order (sums are exact, a
    /// <c>latest</c> reading is chosen by event time then seq). The caller must not give the same event twice.
    /// Meant for one writer (the rebuild, then the ingest pipeline); overlapping calls are still safe, as every
    /// chunk is applied under the write lock, but their chunks interleave.
    /// </summary>
    public void Apply(ReadOnlySpan<EventRecord> records)
    {
        while (!records.IsEmpty)
        {
            var chunk = records[..Math.Min(ChunkSize, records.Length)];
            records = records[chunk.Length..];
            gate.EnterWriteLock();
            try
            {
                ApplyChunk(chunk);
            }
            finally
            {
                gate.ExitWriteLock();
            }

            LetWaitingReadersIn();
        }
    }

    private void ApplyChunk(ReadOnlySpan<EventRecord> chunk)
    {
        var stamp = version + 1;
        var changed = false;
        foreach (ref readonly var record in chunk)
        {
            changed |= ApplyOne(in record, stamp);
        }

        if (!changed)
        {
            return;
        }

        // A replay rescores once, at its end (EndReplay): a new day of a daily average would otherwise rescore every
        // unit once per campaign day, and the same manager once per chunk it is booked in.
        if (!replaying)
        {
            RescoreDirty();
        }

        PatchCloses(chunk, stamp);
        Volatile.Write(ref version, stamp);
    }

    private bool ApplyOne(in EventRecord record, long stamp)
    {
        // A ratio takes no events of its own (ingest refuses them); one that slipped through is counted, not booked.
        if ((uint)record.Unit >= (uint)parent.Length || (uint)record.Kpi >= (uint)columns.Length
            || !FixedPoint.IsRepresentable(record.Value) || ratioOf[record.Kpi].Numerator >= 0)
        {
            invalid++;
            return false;
        }

        if (!days.Contains(record.TimeMs))
        {
            outsideCampaign++;
            return false;
        }

        applied++;
        var day = days.DayOf(record.TimeMs);
        var value = FixedPoint.FromDouble(record.Value);
        var msOfDay = (int)(record.TimeMs - days.StartOfDayMs(day));

        // Superseded readings are journaled too: one may still be the latest as of an earlier instant.
        journal?.Add(day, new JournalEntry(value, record.Seq, msOfDay, record.Unit, record.Kpi));
        dayVersion[day] = stamp;

        // A superseded reading is still activity, so the last event time moves for every applied event.
        for (var u = record.Unit; u >= 0; u = parent[u])
        {
            if (lastEventMs[u] < record.TimeMs)
            {
                lastEventMs[u] = record.TimeMs;
            }

            // Held as ms + 1, so that a zero (a page never written) means none.
            var cell = (u * days.Count) + day;
            if (lastMsOfDay[cell] <= msOfDay)
            {
                lastMsOfDay[cell] = msOfDay + 1;
            }
        }

        var column = columns[record.Kpi];
        if (column.IsDailyAverage)
        {
            return ApplyBalance(in record, day, column, stamp);
        }

        if (!column.Book(record.Unit, day, msOfDay, record.Seq, value, out var delta, out var dayDelta))
        {
            superseded++;
            return true;
        }

        Booked(record.Unit, day, stamp);
        if (record.Tags != 0 && !column.IsLatest)
        {
            BookTags(in record, day, delta);
        }

        var scored = delta != 0 && feedsScore[record.Kpi];
        for (var u = record.Unit; u >= 0; u = parent[u])
        {
            column.Total[u] += delta;
            column.AddDay(u, day, dayDelta);
            if (scored)
            {
                MarkDirty(u);
            }
        }

        return true;
    }
}
