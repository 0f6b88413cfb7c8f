using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>
/// Everything a big screen needs to draw itself before the hub connects, embedded by the board page as
/// <c>&lt;script type="application/json" id="board-state"&gt;</c> (serialize with <see cref="BoardJson.SerializeForScript"/>).
/// board.js builds the whole layout from <see cref="Board"/> and fills it from <see cref="Payload"/>.
/// </summary>
public sealed record BoardState
{
    public required BoardDefinition Board { get; init; }
    public required BoardPayload Payload { get; init; }

    /// <summary>"zh" (default) or "en": which half of every <see cref="LocalizedText"/> is shown.</summary>
    public string Lang { get; init; } = "zh";

    /// <summary>
    /// The business clock when the page was rendered. The header clock runs from it, so a screen shows campaign time
    /// (a demo clock, or a frozen one for a rehearsal) rather than the wall clock of the machine it runs on.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The business clock is frozen (WarRoom:Clock:Now): the header clock stands still.</summary>
    public bool ClockFrozen { get; init; }

    /// <summary>The hub to connect to; the page's <c>?token=</c> is passed as the access token.</summary>
    public string Hub { get; init; } = BoardHubContract.HubPath;
}
