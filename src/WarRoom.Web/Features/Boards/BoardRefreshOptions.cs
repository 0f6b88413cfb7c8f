using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// <c>WarRoom:Live:RefreshInterval</c>. The key stays under <c>WarRoom:Live</c>, where operators have always set
/// it; the knob belongs to the board model, which decides when a payload is built afresh.
/// </summary>
public sealed class BoardRefreshOptions
{
    public const string Section = "WarRoom:Live";

    /// <summary>
    /// How long a computed trend series is reused, and how often an otherwise quiet board is rebuilt so that time
    /// progress, the countdown and late trends catch up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
