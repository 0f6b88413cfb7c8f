using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// The bots' clock, by the business clock: every check queues each bot's due 晨报 and help list (once per date, by
/// their ids) and, outside quiet hours, its new pace alerts. Starts once the aggregates are rebuilt, so nothing is
/// written about a half-loaded bank. In a cluster only the holder of the schedule's lease checks (decision 0018):
/// every node's aggregates would find the same due 晨报 and the same pace crossings.
/// </summary>
public sealed class NotifySchedule(
    WeComBots bots, BriefingQueue briefings, PaceAlerts alerts, Campaign campaign, TimeProvider clock, IngestPipeline pipeline, ClusterLease lease,
    IOptions<NotifyOptions> options, ILogger<NotifySchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!pipeline.IsOpen)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, stoppingToken);
        }

        QuietHours.TryParse(options.Value.QuietHours, out var quiet);
        var interval = TimeSpan.FromSeconds(options.Value.AlertCheckSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (await HoldsLeaseAsync())
            {
                foreach (var bot in bots.All)
                {
                    Check(bot, now, quiet);
                }
            }

            await Task.Delay(interval, TimeProvider.System, stoppingToken);
        }
    }

    public const string LeaseName = "wecom-schedule";

    private async Task<bool> HoldsLeaseAsync()
    {
        try
        {
            return await lease.HoldsAsync(LeaseName);
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            logger.LogWarning(e, "The WeCom schedule's lease could not be asked for; trying at the next check");
            return false;
        }
    }

    private void Check(WeComBot bot, DateTimeOffset now, QuietHours quiet)
    {
        try
        {
            if ((bot.Does(BotSends.Briefing) || bot.Does(BotSends.HelpList)) && BriefingSchedule.Due(bot, campaign, now) is { } date
                && briefings.QueueScheduled(bot, date) > 0)
            {
                logger.LogInformation("Briefing of {Date} queued for bot {Bot}", date, bot);
            }

            if (bot.Does(BotSends.Alerts) && campaign.Contains(now) && !quiet.Contains(TimeOnly.FromDateTime(campaign.ToLocal(now).DateTime))
                && alerts.Check(bot, now) is > 0 and var crossings)
            {
                logger.LogInformation("{Count} pace crossings alerted to bot {Bot}", crossings, bot);
            }
        }
        catch (Exception e)
        {
            // One bot's trouble (a guidance error) must not stop the others; the next check tries again.
            logger.LogError(e, "Scheduled WeCom messages for bot {Bot} failed", bot);
        }
    }
}
