using System.Globalization;
using WarRoom.Core.Campaigns;

namespace WarRoom.Web.Features.Snapshots.Weekly;

/// <summary>
/// The weekly slots (e.g. every Monday 08:30) in the campaign's time zone, as instants. Pure arithmetic on a given
/// "now", so the service's timing is tested without waiting.
/// </summary>
public sealed class WeeklySchedule(DayOfWeek day, TimeOnly time, TimeZoneInfo zone, TimeSpan catchUp)
{
    public static WeeklySchedule From(WeeklySnapshotOptions options, Campaign campaign) =>
        new(options.Day, options.Time, campaign.TimeZone, options.CatchUp);

    /// <summary>The latest slot at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LatestAtOrBefore(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var date = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        var slot = At(date);
        return slot <= now ? slot : At(date.AddDays(-7));
    }

    /// <summary>The first slot strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var latest = LatestAtOrBefore(now);
        return At(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(latest, zone).DateTime).AddDays(7));
    }

    /// <summary>The slot to take now: the latest one, unless it passed more than the catch-up window ago.</summary>
    public DateTimeOffset? Due(DateTimeOffset now)
    {
        var slot = LatestAtOrBefore(now);
        return now - slot <= catchUp ? slot : null;
    }

    /// <summary>The ISO week of the slot's local date, e.g. 2027-W08 (the label and the once-per-week key).</summary>
    public string WeekOf(DateTimeOffset slot)
    {
        var local = TimeZoneInfo.ConvertTime(slot, zone).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>The instant of the slot on <paramref name="date"/>; a local time skipped by a DST change moves an hour on.</summary>
    private DateTimeOffset At(DateOnly date)
    {
        var local = date.ToDateTime(time);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
