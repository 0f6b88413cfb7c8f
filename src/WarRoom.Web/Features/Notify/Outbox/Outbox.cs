using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify.Outbox;

/// <summary>
/// Queues messages for bots: adapts the markdown to WeCom's, splits it into parts that fit 4,096 bytes (each part an
/// outbox row, <c>id#1</c>, <c>id#2</c>…), stores them, and wakes the sender. Everything that speaks to a group
/// goes through here.
/// </summary>
public sealed class Outbox(OutboxStore store)
{
    private readonly SemaphoreSlim wake = new(0, int.MaxValue);

    /// <summary>Queues <paramref name="markdown"/> for <paramref name="bot"/>; returns how many parts were new (0: already queued).</summary>
    public int Enqueue(WeComBot bot, string id, string kind, string unit, string markdown)
    {
        var now = TimeProvider.System.GetUtcNow();
        var parts = WeComMarkdown.Split(WeComMarkdown.Adapt(markdown));
        var added = store.Enqueue(parts.Select((p, i) => new OutboxMessage(
            $"{id}#{i + 1}", bot.Name, kind, unit, p, now, now, null, OutboxStatus.Pending, 0, null)));
        if (added > 0)
        {
            wake.Release();
        }

        return added;
    }

    /// <summary>Waits until something is queued or <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await wake.WaitAsync(timeout, ct))
        {
            // Drain: one wake-up serves every message queued meanwhile.
            while (wake.CurrentCount > 0 && wake.Wait(0))
            {
            }
        }
    }
}
