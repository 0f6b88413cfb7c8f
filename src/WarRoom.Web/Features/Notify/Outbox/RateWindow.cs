namespace WarRoom.Web.Features.Notify.Outbox;

/// <summary>
/// WeCom takes at most 20 messages per bot per minute. The window holds the bot's last sends (seeded from the
/// outbox at start, so a restart does not reset it) and says how long to wait before the next one may go.
/// </summary>
public sealed class RateWindow(int perMinute)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    /// <summary>Margin over the minute: our clock and WeCom's need not agree to the millisecond.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    private readonly Queue<DateTimeOffset> sends = new();

    public void Seed(IEnumerable<DateTimeOffset> sent)
    {
        foreach (var t in sent.Order())
        {
            sends.Enqueue(t);
        }
    }

    public TimeSpan WaitBefore(DateTimeOffset now)
    {
        while (sends.Count > 0 && now - sends.Peek() >= Length + Margin)
        {
            sends.Dequeue();
        }

        return sends.Count < perMinute ? TimeSpan.Zero : sends.Peek() + Length + Margin - now;
    }

    /// <summary>Every call counts, answered or not: WeCom counts what reached it.</summary>
    public void Record(DateTimeOffset at) => sends.Enqueue(at);
}
