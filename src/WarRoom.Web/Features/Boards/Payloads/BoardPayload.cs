using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>
/// The data of a board (hub event <c>boardUpdated</c>, and the initial state in the page). A board is shown as a
/// sequence of frames: one per page, and for a cycling page one per unit of the cycle level in the server's order.
/// A <see cref="Complete"/> payload replaces everything the screen holds (first load, resync after a reconnect);
/// otherwise it carries only the frames and widgets that changed, and the screen merges them in place.
/// </summary>
public sealed record BoardPayload
{
    public required string BoardId { get; init; }

    /// <summary>The business-clock instant the figures are valid at.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public bool Complete { get; init; } = true;

    public required IReadOnlyList<PageFrame> Frames { get; init; }
}

/// <summary>
/// The data of one page as it is shown once: keyed by <see cref="Page"/> (index into the board's pages) and, for a
/// cycling page, <see cref="Unit"/>. <see cref="Widgets"/> maps widget id to its payload; a widget missing from a
/// partial update keeps what it shows.
/// </summary>
public sealed record PageFrame
{
    public required int Page { get; init; }

    /// <summary>The cycled unit's code; null for a page that does not cycle.</summary>
    public string? Unit { get; init; }

    /// <summary>The cycled unit's name, shown in the page header (e.g. 北京分行).</summary>
    public LocalizedText? UnitName { get; init; }

    public required IReadOnlyDictionary<string, WidgetPayload> Widgets { get; init; }
}
