using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// What a query sees: the events of local days up to <see cref="LastDay"/> (a whole day at a time: an event later
/// today than <see cref="Instant"/> counts, which ingest bounds to a few minutes), and time progress at
/// <see cref="Instant"/>. "Today" and "this week" are resolved from <see cref="LastDay"/>'s date.
/// </summary>
internal readonly record struct Horizon(int LastDay, DateTimeOffset Instant)
{
    public static Horizon At(Campaign campaign, DateTimeOffset now) => new(campaign.DayIndex(now), now);

    /// <summary>
    /// The previous day's close: the local midnight that began today, seeing only earlier days, with "today"
    /// meaning yesterday (so a today board compares with yesterday's final standings). Null when that midnight is
    /// at or before the campaign start: there was no earlier close.
    /// </summary>
    public static Horizon? PreviousClose(Campaign campaign, DateTimeOffset now)
    {
        var midnight = campaign.StartOfDay(campaign.LocalDate(now));
        return midnight <= campaign.Start ? null : new Horizon(campaign.DayIndex(now) - 1, midnight);
    }
}
