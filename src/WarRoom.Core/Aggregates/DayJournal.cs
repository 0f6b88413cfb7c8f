namespace WarRoom.Core.Aggregates;

/// <summary>
/// Every applied event of each campaign day, in arrival order, in chunks (no copying as a day grows). The daily
/// cells say what a whole day added; this says what it had added by a given instant, which is all an as-of read
/// needs beyond them (decision 0019). A flow's event whose value fits an int takes 12 bytes; a <c>latest</c>
/// reading (its seq breaks same-ms ties) or a larger value 28 (decision 0028; was 24 for every event). Written
/// under the aggregates' write lock, read under their read lock.
/// </summary>
/// <param name="latest">Per KPI, whether it is a <c>latest</c> one: its entries keep their seq.</param>
internal sealed class DayJournal(int dayCount, bool[] latest)
{
    private const int ChunkSize = 4096;

    private readonly Chunks<JournalSlot>[] slots = [.. Enumerable.Range(0, dayCount).Select(_ => new Chunks<JournalSlot>())];
    private readonly Chunks<JournalWide>[] wide = [.. Enumerable.Range(0, dayCount).Select(_ => new Chunks<JournalWide>())];

    public long Count { get; private set; }

    public void Add(int day, in JournalEntry entry)
    {
        if (!latest[entry.Kpi] && entry.Value == (int)entry.Value)
        {
            slots[day].Add(new JournalSlot(entry.UnitKpi, entry.MsOfDay, (int)entry.Value));
        }
        else
        {
            slots[day].Add(new JournalSlot(entry.UnitKpi, entry.MsOfDay | JournalSlot.WideBit, wide[day].Count));
            wide[day].Add(new JournalWide(entry.Value, entry.Seq));
        }

        Count++;
    }

    /// <summary>The entry a slot of <paramref name="day"/> stands for.</summary>
    public JournalEntry Entry(int day, in JournalSlot slot)
    {
        var (value, seq) = slot.IsWide ? wide[day][slot.Payload] : new JournalWide(slot.Payload, 0);
        return new JournalEntry(value, seq, slot.MsOfDay, slot.Unit, slot.UnitKpi & 0xFF);
    }

    /// <summary>
    /// Saves or loads every day's slots and wide values, each as a count then its chunks' filled parts. Entries
    /// below a count never change, so a save sees a consistent journal under the aggregates' read lock.
    /// </summary>
    public void Exchange(IStateChannel channel)
    {
        long total = 0;
        for (var day = 0; day < slots.Length; day++)
        {
            slots[day].Exchange(channel);
            wide[day].Exchange(channel);
            total += slots[day].Count;
        }

        Count = total;
    }

    /// <summary>The day's slots, chunk by chunk (the last one partly filled).</summary>
    public IEnumerable<ReadOnlyMemory<JournalSlot>> Day(int day) => slots[day].Filled();

    /// <summary>A list in chunks of <see cref="ChunkSize"/>, never copied as it grows.</summary>
    private sealed class Chunks<T>
        where T : unmanaged
    {
        private readonly List<T[]> list = [];

        public int Count { get; private set; }

        public T this[int i] => list[i / ChunkSize][i % ChunkSize];

        public void Add(in T item)
        {
            if (Count % ChunkSize == 0)
            {
                list.Add(new T[ChunkSize]);
            }

            list[Count / ChunkSize][Count % ChunkSize] = item;
            Count++;
        }

        public IEnumerable<ReadOnlyMemory<T>> Filled()
        {
            var n = Count;
            for (var i = 0; i * ChunkSize < n; i++)
            {
                yield return list[i].AsMemory(0, Math.Min(ChunkSize, n - (i * ChunkSize)));
            }
        }

        public void Exchange(IStateChannel channel)
        {
            var n = (int)channel.Number(Count);
            if (n < 0)
            {
                throw new InvalidDataException($"a saved journal day of {n} entries");
            }

            while (list.Count * ChunkSize < n)
            {
                list.Add(new T[ChunkSize]);
            }

            for (var i = 0; i * ChunkSize < n; i++)
            {
                channel.Block(list[i].AsSpan(0, Math.Min(ChunkSize, n - (i * ChunkSize))));
            }

            Count = n;
        }
    }
}
