namespace WarRoom.Web.Infrastructure;

/// <summary>
/// Events per second over the last <see cref="Seconds"/> whole seconds, from one-second buckets on the host's
/// monotonic timestamps (real time even where the business clock is frozen). Thread-safe; cheap to add to.
/// </summary>
public sealed class RateWindow(TimeProvider time)
{
    public const int Seconds = 10;

    private readonly long[] counts = new long[Seconds + 1];
    private readonly long[] stamps = new long[Seconds + 1];
    private readonly Lock gate = new();

    public void Add(long count)
    {
        var second = CurrentSecond();
        var slot = (int)(second % counts.Length);
        lock (gate)
        {
            if (stamps[slot] != second)
            {
                stamps[slot] = second;
                counts[slot] = 0;
            }

            counts[slot] += count;
        }
    }

    /// <summary>The mean rate over the last whole seconds; the second under way is not counted yet.</summary>
    public double PerSecond()
    {
        var now = CurrentSecond();
        long total = 0;
        lock (gate)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if (stamps[i] < now && stamps[i] >= now - Seconds)
                {
                    total += counts[i];
                }
            }
        }

        return total / (double)Seconds;
    }

    private long CurrentSecond() => (long)time.GetElapsedTime(0).TotalSeconds;
}
