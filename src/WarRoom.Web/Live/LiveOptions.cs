using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Live;

/// <summary><c>WarRoom:Live</c>: how often screens are pushed to (the same section's <c>DealsKept</c> is the
/// pipeline's DealOptions, <c>RefreshInterval</c> the boards' BoardRefreshOptions).</summary>
public sealed class LiveOptions
{
    public const string Section = "WarRoom:Live";

    /// <summary>
    /// The coalescing window: at most one <c>boardUpdated</c> / <c>unitUpdated</c> per group per interval, however
    /// many events land in it (250 ms = at most 4 pushes a second).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Board and unit updates a group may cause per second, counted per screen. Up to PushInterval × this many
    /// screens (1,250 at the defaults) a group is pushed every interval; a bigger group less often, so that one busy
    /// board cannot swamp the server and delay the 喜报 (which are always sent at once). 5,000 screens on one board:
    /// an update a second.
    /// </summary>
    [Range(100, 10_000_000)]
    public int ScreenUpdatesPerSecond { get; set; } = 5000;

    /// <summary>Guidance is whole-bank rules: compare it for changes at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00.250", "00:10:00")]
    public TimeSpan GuidanceInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two pushes to a group of <paramref name="members"/> screens.</summary>
    public TimeSpan WindowFor(int members)
    {
        var spread = TimeSpan.FromSeconds(members / (double)ScreenUpdatesPerSecond);
        return spread > PushInterval ? spread : PushInterval;
    }
}
