namespace WarRoom.Web.Features.Boards;

/// <summary>
/// The names board.js uses on the SignalR hub (API.md, Live). The hub and the broadcaster must use these
/// constants; the browser side spells them out in wwwroot/js/board/live.js (a test checks the two agree).
/// </summary>
public static class BoardHubContract
{
    public const string HubPath = "/hubs/warroom";

    /// <summary>Client → server: <c>Subscribe(boardId)</c>. Returns the complete current <c>BoardPayload</c>; one push
    /// interval later the server also sends that connection a complete <see cref="BoardUpdated"/>, then only changes.
    /// Call it after every (re)connect.</summary>
    public const string Subscribe = "Subscribe";

    /// <summary>Client → server: <c>SubscribeUnit(unitCode)</c>, returning the unit's current state (drill-down pages).</summary>
    public const string SubscribeUnit = "SubscribeUnit";

    public const string Unsubscribe = "Unsubscribe";

    /// <summary>Server → client: one <c>BoardPayload</c> (complete or partial).</summary>
    public const string BoardUpdated = "boardUpdated";

    /// <summary>Server → client: one unit's state (<c>UnitDto</c>, as GET /api/v1/units/{code}) for <see cref="SubscribeUnit"/>.</summary>
    public const string UnitUpdated = "unitUpdated";

    /// <summary>Server → client: one <c>Deal</c>.</summary>
    public const string DealAnnounced = "dealAnnounced";

    /// <summary>Server → client: one <c>GuidanceUpdate</c>.</summary>
    public const string GuidanceUpdated = "guidanceUpdated";

    /// <summary>Server → client: the board id whose definition changed; the screen reloads itself.</summary>
    public const string BoardReloaded = "boardReloaded";
}
