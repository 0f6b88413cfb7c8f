using Microsoft.Extensions.Options;
using WarRoom.Core.Aggregates;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Everything a board's payload depends on besides its definition: the aggregates' version, the durable batches
/// seen by the live feed (new deals for the tickers) and the refresh epoch (a real-time period after which time
/// progress, the countdown and cached trends are looked at again even if no event arrived). Same stamp, same payload.
/// </summary>
public readonly record struct BoardStamp(long Version, long Batches, long Epoch);

/// <summary>Reads the current <see cref="BoardStamp"/>.</summary>
public sealed class BoardStamps(KpiAggregates aggregates, LiveFeed feed, IOptions<BoardRefreshOptions> options)
{
    private readonly long epochTicks = options.Value.RefreshInterval.Ticks;

    public BoardStamp Current() => new(aggregates.Version, feed.Batches, Epoch);

    /// <summary>The refresh epoch now (real time, whatever the business clock does), also used by the trend cache.</summary>
    public long Epoch => Environment.TickCount64 * TimeSpan.TicksPerMillisecond / epochTicks;
}
