using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Web.Features.Notify.Outbox;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// 喜报 to the groups: every big deal reaches each bot whose scope holds the unit it was booked on. The first deal
/// opens a batch; what lands within DealBatchSeconds joins it, and each bot gets one message for its share. The
/// message id is the batch's first deal id, so a batch is queued once.
/// </summary>
public sealed class DealNotifier(LiveFeed feed, WeComBots bots, Outbox.Outbox outbox, Campaign campaign, IOptions<NotifyOptions> options, ILogger<DealNotifier> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = feed.OutboundDeals;
        var window = TimeSpan.FromSeconds(options.Value.DealBatchSeconds);
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            var batch = new List<DealAnnouncement>();
            if (reader.TryRead(out var first))
            {
                batch.Add(first);
            }

            using (var until = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                until.CancelAfter(window);
                try
                {
                    while (await reader.WaitToReadAsync(until.Token))
                    {
                        while (reader.TryRead(out var more))
                        {
                            batch.Add(more);
                        }
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The batch window closed.
                }
            }

            while (reader.TryRead(out var late))
            {
                batch.Add(late);
            }

            Queue(batch);
        }
    }

    private void Queue(List<DealAnnouncement> batch)
    {
        foreach (var bot in bots.All.Where(b => b.Does(BotSends.Deals)))
        {
            var mine = batch.Where(d => d.BookedOn.IsWithin(bot.Scope)).Select(d => d.Deal).OrderBy(d => d.Time).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var en = bot.Language == BriefingLanguage.En;
            outbox.Enqueue(bot, $"deals/{bot.Name}/{mine[0].Id}", MessageKinds.Deals, bot.Scope.Code, Messages.Deals(bot.Scope.DisplayName(en), mine, campaign, en));
            logger.LogInformation("{Count} big deals queued for bot {Bot}", mine.Count, bot);
        }
    }
}
