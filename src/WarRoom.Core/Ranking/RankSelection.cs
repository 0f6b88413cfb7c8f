namespace WarRoom.Core.Ranking;

/// <summary>Puts the best entries first, and derives competition ranks (1, 2, 2, 4) from an ordered prefix.</summary>
internal static class RankSelection
{
    /// <summary>
    /// Leaves the best <paramref name="top"/> entries, in order, at the front of <paramref name="entries"/>. A full
    /// sort when most rows are wanted; otherwise a bounded max-heap, O(n log top), which for a top 50 out of 20,000
    /// is mostly one comparison per entry.
    /// </summary>
    public static void SelectTop(Span<RankEntry> entries, int top)
    {
        if (top <= 0)
        {
            return;
        }

        if (top * 4 >= entries.Length)
        {
            entries.Sort();
            return;
        }

        var heap = entries[..top];
        for (var i = (top / 2) - 1; i >= 0; i--)
        {
            SiftDown(heap, i);
        }

        for (var i = top; i < entries.Length; i++)
        {
            if (entries[i].CompareTo(heap[0]) < 0)
            {
                (heap[0], entries[i]) = (entries[i], heap[0]);
                SiftDown(heap, 0);
            }
        }

        heap.Sort();
    }

    /// <summary>Ranks of an ordered prefix: equal keys share the rank of the first of them.</summary>
    public static void Ranks(ReadOnlySpan<RankEntry> ordered, Span<int> ranks)
    {
        for (var i = 0; i < ordered.Length; i++)
        {
            ranks[i] = i > 0 && ordered[i].Key == ordered[i - 1].Key ? ranks[i - 1] : i + 1;
        }
    }

    // Max-heap on the entry order: the root is the worst of the best seen so far.
    private static void SiftDown(Span<RankEntry> heap, int i)
    {
        while (true)
        {
            var largest = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < heap.Length && heap[left].CompareTo(heap[largest]) > 0)
            {
                largest = left;
            }

            if (right < heap.Length && heap[right].CompareTo(heap[largest]) > 0)
            {
                largest = right;
            }

            if (largest == i)
            {
                return;
            }

            (heap[i], heap[largest]) = (heap[largest], heap[i]);
            i = largest;
        }
    }
}
