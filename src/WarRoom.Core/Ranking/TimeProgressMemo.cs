using System.Collections.Concurrent;
using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Remembers <see cref="Campaign.TimeProgress"/> by instant. In working-day mode it walks the calendar day by day
/// (tens of microseconds), and a ranking asks for now, the window's end (often now again) and the window's start
/// (a local midnight, the same all day): remembered, that is one walk per ranking instead of three.
/// </summary>
internal sealed class TimeProgressMemo(Campaign campaign)
{
    private const int Capacity = 256;

    private readonly ConcurrentDictionary<DateTimeOffset, double> known = new();

    public double At(DateTimeOffset instant)
    {
        if (known.TryGetValue(instant, out var progress))
        {
            return progress;
        }

        progress = campaign.TimeProgress(instant);
        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        known[instant] = progress;
        return progress;
    }
}
