using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Forecasting;

/// <summary>
/// The day spans a forecast made on campaign day <c>today</c> reads: one per recent completed working day, each
/// running to the day before the next working day (or to yesterday), so non-working days ride with the working day
/// before them. Days before the first working day of the campaign are not read: no rate comes from them.
/// </summary>
internal sealed class RecentDays
{
    private readonly int[] workingDays;
    private readonly int dayCount;

    public RecentDays(Campaign campaign)
    {
        dayCount = campaign.DayCount;
        workingDays = [.. Enumerable.Range(0, campaign.DayCount).Where(d => campaign.Calendar.IsWorkingDay(campaign.DayAt(d)))];
    }

    /// <summary>Spans for a forecast on day <paramref name="today"/> (which may be past the last day), oldest first.</summary>
    public DayRange[] Before(int today)
    {
        var end = Array.BinarySearch(workingDays, today);
        end = end < 0 ? ~end : end;
        var start = Math.Max(0, end - RunRate.RecentWorkingDays);
        var spans = new DayRange[end - start];
        for (var i = start; i < end; i++)
        {
            var last = Math.Min(i + 1 < workingDays.Length ? Math.Min(workingDays[i + 1], today) - 1 : today - 1, dayCount - 1);
            spans[i - start] = new DayRange(workingDays[i], last);
        }

        return spans;
    }
}
