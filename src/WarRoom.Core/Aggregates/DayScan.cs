using System.Buffers;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// What one day's journal had added by an instant, per unit's own bookings: a flow's sum, a balance's reading
/// latest by then, and the latest event time. The journal is in arrival order, so adding it up as it comes writes
/// all over units × KPIs × 8 bytes (2 MB at 21,000 units and 12 KPIs): a cache miss per event, which made that
/// pass most of an as-of read (decision 0019). So the events up to the instant are first copied out by block of
/// units (two sequential passes), then each block is added up while its part of the arrays stays in cache.
/// </summary>
internal static class DayScan
{
    // A block's part of the sums: 256 units × KPIs × 8 bytes (24 KB at 12 KPIs), which stays in the first-level cache.
    private const int BlockShift = 8;

    /// <param name="delta">Each unit's own sum of a flow KPI that day, at unit × KPIs + KPI (zeroed).</param>
    /// <param name="lastMs">Each unit's latest event that day in ms into the day, −1 for none.</param>
    /// <param name="read">Called with (KPI, unit, reading) for each balance reading that wins so far; readings come
    /// unit block by unit block, and a later call for the same unit and KPI replaces an earlier one.</param>
    public static void Run(DayJournal journal, int day, int limitMs, bool[] latest, long[] delta, int[] lastMs, Reader read)
    {
        var kpis = latest.Length;
        var blocks = (lastMs.Length >> BlockShift) + 1;
        var starts = new int[blocks + 1];
        foreach (var chunk in journal.Day(day))
        {
            foreach (var e in chunk.Span)
            {
                if (e.MsOfDay <= limitMs)
                {
                    starts[(e.Unit >> BlockShift) + 1]++;
                }
            }
        }

        for (var b = 1; b <= blocks; b++)
        {
            starts[b] += starts[b - 1];
        }

        var taken = starts[blocks];
        var copied = ArrayPool<JournalEntry>.Shared.Rent(Math.Max(taken, 1));
        try
        {
            // Copied out whole (24 bytes: the journal keeps most entries in 12, their value inline).
            var next = starts[..blocks];
            foreach (var chunk in journal.Day(day))
            {
                foreach (var e in chunk.Span)
                {
                    if (e.MsOfDay <= limitMs)
                    {
                        copied[next[e.Unit >> BlockShift]++] = journal.Entry(day, e);
                    }
                }
            }

            foreach (var e in copied.AsSpan(0, taken))
            {
                lastMs[e.Unit] = Math.Max(lastMs[e.Unit], e.MsOfDay);
                if (latest[e.Kpi])
                {
                    read(e.Kpi, e.Unit, e);
                }
                else
                {
                    delta[(e.Unit * kpis) + e.Kpi] += e.Value;
                }
            }
        }
        finally
        {
            ArrayPool<JournalEntry>.Shared.Return(copied);
        }
    }

    /// <summary>Takes one balance reading of the day (see <see cref="Run"/>).</summary>
    public delegate void Reader(int kpi, int unit, in JournalEntry entry);
}
