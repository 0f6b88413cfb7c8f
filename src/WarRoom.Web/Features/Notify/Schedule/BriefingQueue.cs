using System.Globalization;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Notify.Outbox;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// Writes a bot's 晨报 and, right after it, its help list (帮扶名单: managers behind pace or without bookings, with
/// their follow-up, as guidance stands when it is sent) into the outbox. Scheduled ones carry the date in their id, so a restart or a second check the
/// same morning queues nothing new; one sent by hand gets an id of its own.
/// </summary>
public sealed class BriefingQueue(BriefingWriter writer, GuidanceCache guidance, Outbox.Outbox outbox)
{
    public int QueueScheduled(WeComBot bot, DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var added = 0;
        if (bot.Does(BotSends.Briefing))
        {
            added += outbox.Enqueue(bot, $"briefing/{bot.Name}/{day}", MessageKinds.Briefing, bot.Scope.Code, writer.Write(bot.Scope, date, bot.Language));
        }

        if (bot.Does(BotSends.HelpList))
        {
            added += outbox.Enqueue(bot, $"helpList/{bot.Name}/{day}", MessageKinds.HelpList, bot.Scope.Code, HelpList(bot, date));
        }

        return added;
    }

    /// <summary>The briefing of today (by the business clock), now, with a fresh id; its help list follows if the bot sends one.</summary>
    public void QueueNow(WeComBot bot, DateOnly date, string requestId)
    {
        outbox.Enqueue(bot, $"briefing-now/{bot.Name}/{requestId}", MessageKinds.Briefing, bot.Scope.Code, writer.Write(bot.Scope, date, bot.Language));
        if (bot.Does(BotSends.HelpList))
        {
            outbox.Enqueue(bot, $"helpList-now/{bot.Name}/{requestId}", MessageKinds.HelpList, bot.Scope.Code, HelpList(bot, date));
        }
    }

    public string HelpList(WeComBot bot, DateOnly date)
    {
        var items = guidance.Current().Within(bot.Scope)
            .Where(i => i.Unit.Level.IsLeaf && i.Kind is GuidanceKind.PaceLag or GuidanceKind.Inactive)
            .Select(guidance.Describe).ToList();
        var en = bot.Language == BriefingLanguage.En;
        return Messages.HelpList(bot.Scope.DisplayName(en), date, items, en);
    }
}
