using System.Text.Json.Serialization;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// Where a widget sits on its page's CSS grid: 1-based column and row of its top-left cell and how many cells it
/// spans. The page has <see cref="BoardPage.Columns"/> × <see cref="BoardPage.Rows"/> equal cells filling the screen.
/// </summary>
public sealed record GridPlacement(int Col, int Row, int ColSpan, int RowSpan)
{
    [JsonIgnore]
    public int LastCol => Col + ColSpan - 1;

    [JsonIgnore]
    public int LastRow => Row + RowSpan - 1;

    public bool Overlaps(GridPlacement other) =>
        Col <= other.LastCol && other.Col <= LastCol && Row <= other.LastRow && other.Row <= LastRow;
}
