using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Guidance;

/// <summary>
/// When guidance is evaluated. <see cref="Instant"/> is what the aggregates are read at (they see whole local days up
/// to its date); <see cref="Today"/> is the local day whose morning we are in, so that "completed working days"
/// and "recent" count back from it; <see cref="DaysLeft"/> counts from <see cref="Today"/> in the progress mode.
/// </summary>
internal readonly record struct GuidanceMoment(DateTimeOffset Instant, DateOnly Today, double TimeProgress, int DaysLeft, bool Ended, bool AsOf = false)
{
    /// <summary>Live: the data so far, time progress at <paramref name="now"/>, today counted as a day left.</summary>
    public static GuidanceMoment Live(Campaign campaign, DateTimeOffset now) =>
        new(now, campaign.LocalDate(now), campaign.TimeProgress(now), campaign.DaysLeft(now), now >= campaign.End);

    /// <summary>As live guidance read at <paramref name="asOf"/> would have been: only the events up to that instant.</summary>
    public static GuidanceMoment At(Campaign campaign, DateTimeOffset asOf) => Live(campaign, asOf) with { AsOf = true };

    /// <summary>
    /// At the close of <paramref name="day"/>: the data of that day and the days before, read as on the next
    /// morning (time progress at midnight, days left from the next day on).
    /// </summary>
    public static GuidanceMoment AtClose(Campaign campaign, DateOnly day)
    {
        var midnight = campaign.StartOfDay(day.AddDays(1));
        return new(midnight.AddTicks(-1), day.AddDays(1), campaign.TimeProgress(midnight), campaign.DaysLeft(midnight), midnight >= campaign.End);
    }
}
