using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// When a bot's 晨报 is due: on working days of the campaign's calendar, from its local briefing time until
/// <see cref="CatchUp"/> later (a host started at 09:30 still sends the 08:00 briefing; one started after lunch does
/// not send a morning report in the afternoon), for the dates that have a briefing.
/// </summary>
public static class BriefingSchedule
{
    public static readonly TimeSpan CatchUp = TimeSpan.FromHours(4);

    /// <summary>The local date whose briefing is due at <paramref name="now"/>, or null.</summary>
    public static DateOnly? Due(WeComBot bot, Campaign campaign, DateTimeOffset now)
    {
        var local = campaign.ToLocal(now);
        var date = DateOnly.FromDateTime(local.DateTime);
        var slot = local.Date + bot.BriefingTime.ToTimeSpan();
        var inWindow = local.DateTime >= slot && local.DateTime < slot + CatchUp;
        var hasBriefing = date >= BriefingWriter.FirstDate(campaign) && date <= BriefingWriter.LastDate(campaign);
        return inWindow && hasBriefing && campaign.Calendar.IsWorkingDay(date) ? date : null;
    }
}
