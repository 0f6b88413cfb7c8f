using Microsoft.Extensions.Options;
using WarRoom.Core.Aggregates;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Everything a board's payload depends on besides its definition: the aggregates' version, the durable batches
/// seen by the live feed (new deals for the tickers) and the refresh epoch (a real-time period after which time
/// progress, the countdown and cached trends are looked at again even if no event arrived), and the guidance reports
/// computed so far (screens read the last one while the next is computed in the background, ADR 0027: one coming in
/// is news for the boards). Same stamp, same payload.
/// </summary>
public readonly record struct BoardStamp(long Version, long Batches, long Epoch, long Guidance = 0);

/// <summary>Reads the current <see cref="BoardStamp"/>.</summary>
public sealed class BoardStamps(KpiAggregates aggregates, LiveFeed feed, IOptions<BoardRefreshOptions> options, GuidanceCache guidance)
{
    private readonly long epochTicks = options.Value.RefreshInterval.Ticks;

    public BoardStamp Current() => new(aggregates.Version, feed.Batches, Epoch, guidance.Generation);

    /// <summary>The refresh epoch now (real time, whatever the business clock does), also used by the trend cache.</summary>
    public long Epoch => Environment.TickCount64 * TimeSpan.TicksPerMillisecond / epochTicks;
}
