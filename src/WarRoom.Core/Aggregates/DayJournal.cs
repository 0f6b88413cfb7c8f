namespace WarRoom.Core.Aggregates;

/// <summary>
/// One applied event as the journal keeps it, in 24 bytes: enough to replay a day up to an instant. Unit and KPI
/// share an int (unit &lt; 2^24, KPI &lt; 256; <see cref="Fits"/>).
/// </summary>
internal readonly struct JournalEntry(long value, long seq, int msOfDay, int unit, int kpi)
{
    // Declared longs first: the struct is laid out in this order, and so packs into 24 bytes without padding.
    public long Value { get; } = value;
    public long Seq { get; } = seq;
    public int MsOfDay { get; } = msOfDay;

    private readonly int unitKpi = (unit << 8) | kpi;

    public int Unit => unitKpi >>> 8;
    public int Kpi => unitKpi & 0xFF;

    public static bool Fits(int units, int kpis) => units <= 1 << 24 && kpis <= 256;
}

/// <summary>
/// Every applied event of each campaign day, in arrival order, in chunks (no copying as a day grows). The daily
/// cells say what a whole day added; this says what it had added by a given instant, which is all an as-of read
/// needs beyond them (decision 0019). Written under the aggregates' write lock, read under their read lock.
/// </summary>
internal sealed class DayJournal(int dayCount)
{
    private const int ChunkSize = 4096;

    private readonly List<JournalEntry[]>[] chunks = [.. Enumerable.Range(0, dayCount).Select(_ => new List<JournalEntry[]>())];
    private readonly int[] counts = new int[dayCount];

    public long Count { get; private set; }

    public void Add(int day, in JournalEntry entry)
    {
        var list = chunks[day];
        var n = counts[day];
        if (n % ChunkSize == 0)
        {
            list.Add(new JournalEntry[ChunkSize]);
        }

        list[n / ChunkSize][n % ChunkSize] = entry;
        counts[day] = n + 1;
        Count++;
    }

    /// <summary>
    /// Saves or loads every day's entries: per day its count, then its chunks' filled parts. Entries below a day's
    /// count never change, so a save sees a consistent journal under the aggregates' read lock.
    /// </summary>
    public void Exchange(IStateChannel channel)
    {
        long total = 0;
        for (var day = 0; day < counts.Length; day++)
        {
            var n = (int)channel.Number(counts[day]);
            var list = chunks[day];
            while (list.Count * ChunkSize < n)
            {
                list.Add(new JournalEntry[ChunkSize]);
            }

            for (var i = 0; i * ChunkSize < n; i++)
            {
                channel.Block(list[i].AsSpan(0, Math.Min(ChunkSize, n - (i * ChunkSize))));
            }

            counts[day] = n;
            total += n;
        }

        Count = total;
    }

    /// <summary>The day's entries, chunk by chunk (the last one partly filled).</summary>
    public IEnumerable<ReadOnlyMemory<JournalEntry>> Day(int day)
    {
        var list = chunks[day];
        var n = counts[day];
        for (var i = 0; i < list.Count; i++)
        {
            yield return list[i].AsMemory(0, Math.Min(ChunkSize, n - (i * ChunkSize)));
        }
    }
}
