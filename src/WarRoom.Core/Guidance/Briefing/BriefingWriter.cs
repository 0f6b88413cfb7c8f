using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance.Briefing;

/// <summary>
/// The daily briefing (晨报) of a branch or sub-branch for a local date, as Markdown in zh or en: yesterday's
/// results per KPI with the rank among siblings, the composite rank and its movement, pace against time progress,
/// and the top three actions from the guidance at yesterday's close.
/// </summary>
public sealed class BriefingWriter(GuidanceGenerator generator)
{
    /// <summary>The first date with a briefing: the campaign's second day (the first one's results are then in).</summary>
    public static DateOnly FirstDate(Campaigns.Campaign campaign) => campaign.FirstDay.AddDays(1);

    /// <summary>The last: the day after the campaign's last day, which reports the final result.</summary>
    public static DateOnly LastDate(Campaigns.Campaign campaign) => campaign.DayAt(campaign.DayCount - 1).AddDays(1);

    public static bool Writes(OrgUnit unit) => unit.Level.IsMiddle;

    public string Write(OrgUnit unit, DateOnly date, BriefingLanguage language)
    {
        var campaign = generator.Ranker.Aggregates.Campaign;
        if (!Writes(unit))
        {
            throw new ArgumentException($"briefings are written for branches and sub-branches, not for {unit.Level.ToWire()} {unit.Code}", nameof(unit));
        }

        if (date < FirstDate(campaign) || date > LastDate(campaign))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"a briefing date runs from {Iso(FirstDate(campaign))} to {Iso(LastDate(campaign))}");
        }

        return BriefingMarkdown.Render(BriefingData.Collect(generator, unit, date), language == BriefingLanguage.En);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
