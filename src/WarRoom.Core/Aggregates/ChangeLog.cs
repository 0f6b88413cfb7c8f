namespace WarRoom.Core.Aggregates;

/// <summary>
/// The most recent bookings as (version stamp, unit, day), so that a cached previous-close ranking hit by a late
/// event can re-key the few units it touched instead of re-ranking 20,000. A ring: when readers fall too far behind
/// it says so and they recompute.
/// </summary>
internal sealed class ChangeLog(int capacity = 1 << 18)
{
    private readonly long[] stamps = new long[capacity];
    private readonly int[] units = new int[capacity];
    private readonly int[] days = new int[capacity];
    private long count;
    private long droppedThrough;

    /// <summary>Writer, under the write lock.</summary>
    public void Add(long stamp, int unit, int day)
    {
        var slot = (int)(count % capacity);
        if (count >= capacity)
        {
            droppedThrough = stamps[slot];
        }

        stamps[slot] = stamp;
        units[slot] = unit;
        days[slot] = day;
        count++;
    }

    /// <summary>
    /// Adds to <paramref name="booked"/> the units booked on days up to <paramref name="lastDay"/> after version
    /// <paramref name="since"/>; false when the ring no longer holds all of them or there are more than
    /// <paramref name="limit"/> (re-ranking from scratch is then the cheaper way). Under the read lock.
    /// </summary>
    public bool TryCollect(long since, int lastDay, int limit, List<int> booked)
    {
        if (droppedThrough > since)
        {
            return false;
        }

        for (var i = count - 1; i >= 0 && i >= count - capacity; i--)
        {
            var slot = (int)(i % capacity);
            if (stamps[slot] <= since)
            {
                break;
            }

            if (days[slot] <= lastDay)
            {
                if (booked.Count == limit)
                {
                    return false;
                }

                booked.Add(units[slot]);
            }
        }

        return true;
    }
}
