namespace WarRoom.Web.Infrastructure.Clock;

/// <summary><c>WarRoom:Clock</c>: the business clock behind time progress, windows and event-time checks.</summary>
public sealed class ClockOptions
{
    public const string Section = "WarRoom:Clock";

    /// <summary>Freezes the business clock at this instant (demos and tests).</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>Starts a running business clock at this instant when the process starts (demo of a live campaign day).</summary>
    public DateTimeOffset? StartAt { get; set; }
}
