using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Aggregates;

/// <summary>
/// The campaign's local days as Unix-millisecond boundaries, so that bucketing an event is a binary search over
/// ~90 longs instead of a time-zone conversion per event (and stays right across DST in zones that have it).
/// </summary>
internal sealed class CampaignDays
{
    private readonly long[] dayStartMs;

    public CampaignDays(Campaign campaign)
    {
        Count = campaign.DayCount;
        StartMs = campaign.Start.ToUnixTimeMilliseconds();
        EndMs = campaign.End.ToUnixTimeMilliseconds();
        dayStartMs = new long[Count + 1];
        for (var d = 0; d <= Count; d++)
        {
            dayStartMs[d] = campaign.StartOfDay(campaign.DayAt(d)).ToUnixTimeMilliseconds();
        }
    }

    /// <summary>Number of day buckets.</summary>
    public int Count { get; }

    public long StartMs { get; }

    public long EndMs { get; }

    /// <summary>The instant local midnight starts day bucket <paramref name="day"/>, in Unix milliseconds.</summary>
    public long StartOfDayMs(int day) => dayStartMs[day];

    public bool Contains(long timeMs) => timeMs >= StartMs && timeMs < EndMs;

    /// <summary>Day bucket of an instant inside the campaign (<see cref="Contains"/> must hold).</summary>
    public int DayOf(long timeMs)
    {
        int lo = 0, hi = Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (dayStartMs[mid] <= timeMs)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
