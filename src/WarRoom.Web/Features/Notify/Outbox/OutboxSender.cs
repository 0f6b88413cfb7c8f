using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify.Outbox;

/// <summary>
/// Sends the outbox, one loop per bot, in queue order: waits for the per-minute window, marks the message as being
/// sent, calls the webhook and records the answer. 45009 puts it back and waits out the minute; a transport failure
/// (after Polly's quick retries) puts it back with a growing delay until MaxAttempts; another errcode fails it with
/// WeCom's errmsg. Wall-clock time throughout: WeCom's minute is a real one, whatever the business clock says.
/// </summary>
public sealed class OutboxSender(
    WeComBots bots, OutboxStore store, Outbox outbox, WeComClient client, IOptions<NotifyOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    public const int PerMinute = 20;

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interrupted = store.FailInterrupted(TimeProvider.System.GetUtcNow());
        if (interrupted > 0)
        {
            logger.LogWarning("{Count} WeCom messages were being sent when the host stopped; marked failed, not resent", interrupted);
        }

        await Task.WhenAll(bots.All.Select(bot => Task.Run(() => RunAsync(bot, stoppingToken), stoppingToken)));
    }

    private async Task RunAsync(WeComBot bot, CancellationToken ct)
    {
        var window = new RateWindow(PerMinute);
        window.Seed(store.SentSince(bot.Name, TimeProvider.System.GetUtcNow() - RateWindow.Length - TimeSpan.FromSeconds(1)));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var next = store.NextPending(bot.Name);
                var now = TimeProvider.System.GetUtcNow();
                var wait = next is null ? Idle : Max(next.DueAt - now, window.WaitBefore(now));
                if (next is null || wait > TimeSpan.Zero)
                {
                    await outbox.WaitAsync(wait < Idle ? wait : Idle, ct);
                    continue;
                }

                await SendAsync(bot, next, window, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The outbox file or a bug: log (no URL in bot.ToString) and keep the loop alive for the next message.
                logger.LogError("WeCom sender for bot {Bot} failed: {Error}", bot, bot.Scrub(e.Message));
                await Task.Delay(Idle, ct);
            }
        }
    }

    private async Task SendAsync(WeComBot bot, OutboxMessage message, RateWindow window, CancellationToken ct)
    {
        store.MarkSending(message.Seq);
        window.Record(TimeProvider.System.GetUtcNow());
        var attempts = message.Attempts + 1;
        try
        {
            var answer = await client.SendAsync(bot, message.Content, ct);
            var now = TimeProvider.System.GetUtcNow();
            if (answer.Sent)
            {
                store.MarkSent(message.Seq, now);
                logger.LogInformation("WeCom message {Id} sent by bot {Bot}", message.Id, bot.Name);
            }
            else if (answer.ErrCode == WeComAnswer.RateLimited)
            {
                store.Retry(message.Seq, now + TimeSpan.FromSeconds(options.Value.WeCom.RateLimitBackoffSeconds), $"errcode {answer.ErrCode}: {answer.ErrMsg}");
                logger.LogWarning("WeCom bot {Bot} is rate-limited (45009); {Id} waits", bot.Name, message.Id);
            }
            else
            {
                store.MarkFailed(message.Seq, $"errcode {answer.ErrCode}: {answer.ErrMsg}");
                logger.LogError("WeCom refused {Id} for bot {Bot}: errcode {Code} {Message}", message.Id, bot.Name, answer.ErrCode, answer.ErrMsg);
            }
        }
        catch (WeComRejectedException e)
        {
            store.MarkFailed(message.Seq, e.Message);
            logger.LogError("WeCom refused {Id} for bot {Bot}: {Error}", message.Id, bot.Name, e.Message);
        }
        catch (WeComUnavailableException e) when (attempts >= options.Value.WeCom.MaxAttempts)
        {
            store.MarkFailed(message.Seq, $"gave up after {attempts} attempts: {e.Message}");
            logger.LogError("WeCom message {Id} for bot {Bot} failed after {Attempts} attempts: {Error}", message.Id, bot.Name, attempts, e.Message);
        }
        catch (WeComUnavailableException e)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(LongestBackoff.TotalSeconds, 5 * Math.Pow(2, attempts - 1)));
            store.Retry(message.Seq, TimeProvider.System.GetUtcNow() + delay, e.Message);
            logger.LogWarning("WeCom message {Id} for bot {Bot} not delivered ({Error}); retry in {Delay}", message.Id, bot.Name, e.Message, delay);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
