using System.Text.Json.Serialization;
using WarRoom.Core;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// One page of a board, shown for <see cref="DwellSeconds"/> before the screen moves on. A page with a
/// <see cref="Cycle"/> is shown once per unit of that level inside the board's scope, each time for the full dwell.
/// </summary>
public sealed record BoardPage
{
    public const int DefaultColumns = 12;
    public const int DefaultRows = 8;

    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required int DwellSeconds { get; init; }
    public PageCycle? Cycle { get; init; }
    public int Columns { get; init; } = DefaultColumns;
    public int Rows { get; init; } = DefaultRows;
    public required IReadOnlyList<WidgetDefinition> Widgets { get; init; }
}

/// <summary>Repeats a page for every unit of <see cref="Level"/> under the board's scope (分行轮播).</summary>
public sealed record PageCycle(
    [property: JsonConverter(typeof(OrgLevelJsonConverter))] OrgLevel Level);
