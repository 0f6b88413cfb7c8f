using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Live.Boards.Payloads;
using WarRoom.Web.Live.Guidance;
using BoardText = WarRoom.Web.Live.Boards.LocalizedText;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// The boards' guidance panels and <c>guidanceUpdated</c>, from the guidance engine. A panel shows only its first few
/// items, so on a command-room screen the units nearest the board's scope come first within each severity (the
/// branches on the HQ board, not Beijing's sub-branches because Beijing is first in the tree); otherwise the engine's
/// order. A screen does not need guidance recomputed on every event batch: a report up to <see cref="MaxAge"/> old is
/// reused (see GuidanceCache).
/// </summary>
public sealed class EngineBoardGuidance(GuidanceCache cache) : IBoardGuidance
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    public IReadOnlyList<GuidanceEntry> For(OrgUnit scope, DateTimeOffset now) =>
        [.. cache.Current(MaxAge).Within(scope).OrderBy(i => i.Severity).ThenBy(i => i.Unit.Level).Select(ToEntry)];

    private static GuidanceEntry ToEntry(GuidanceItem item) => new()
    {
        Unit = item.Unit.Code,
        UnitName = new BoardText(item.Unit.Name, item.Unit.NameEn ?? item.Unit.Name),
        Kind = item.Kind.ToWire(),
        Severity = item.Severity.ToWire(),
        Kpi = item.Kpi?.Code,
        Message = new BoardText(item.Message.Zh, item.Message.En),
        Action = new BoardText(item.Action.Zh, item.Action.En),
    };
}
