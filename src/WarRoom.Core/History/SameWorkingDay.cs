using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;

namespace WarRoom.Core.History;

/// <summary>
/// 同比: which day of the previous campaign matches each day of this one. The n-th working day of this campaign's
/// calendar matches the n-th working day of the previous campaign's own calendar (so the Spring Festival weeks line
/// up however the holiday moved); a non-working day k days after it matches k days after that one, but never past
/// the day before the previous campaign's next working day. Days before the first working day match the same
/// offset from the start, up to the day before the first working day there. A figure is read at the close of the
/// matched day; −1 means nothing had happened yet.
/// </summary>
public sealed class SameWorkingDay
{
    private readonly int[] match;

    public SameWorkingDay(Campaign current, Campaign previous)
    {
        var working = Enumerable.Range(0, previous.DayCount).Where(d => previous.Calendar.IsWorkingDay(previous.DayAt(d))).ToArray();
        var last = previous.DayCount - 1;
        match = new int[current.DayCount];
        int n = 0, k = 0;
        for (var d = 0; d < current.DayCount; d++)
        {
            if (current.Calendar.IsWorkingDay(current.DayAt(d)))
            {
                (n, k) = (n + 1, 0);
            }
            else
            {
                k++;
            }

            var limit = n < working.Length ? working[n] - 1 : last;
            match[d] = n == 0 ? Math.Min(d, limit)
                : n > working.Length ? last
                : Math.Min(working[n - 1] + k, limit);
        }
    }

    /// <summary>The previous campaign's day matching this campaign's day <paramref name="day"/> (−1 for none).</summary>
    public int DayOf(int day) => match[Math.Clamp(day, 0, match.Length - 1)];

    /// <summary>The previous campaign's days matching a range of this campaign's days.</summary>
    internal DayRange RangeOf(DayRange range) =>
        range.IsEmpty ? DayRange.Empty : new DayRange(range.From == 0 ? 0 : Math.Max(DayOf(range.From), 0), DayOf(range.To));
}
