using System.Text.Json;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>
/// Turns a board's JSON into a <see cref="BoardDefinition"/>, checking shape only (fields, types, ranges, known
/// words). It keeps going past a bad page or widget so that one pass reports every error; references to units and
/// KPIs and the layout are checked afterwards by <see cref="BoardValidator"/>.
/// </summary>
internal static class BoardParser
{
    public const int MinDwellSeconds = 5;
    public const int MaxDwellSeconds = 3600;
    public const int MaxGridCells = 48;

    /// <summary>The board, or null when its own fields are too broken to build one (the errors say why).</summary>
    public static BoardDefinition? Parse(JsonElement root, string file, List<BoardError> errors, SourcePaths paths, OrgLevels levels)
    {
        if (JsonObjectReader.Open(root, "", file, errors) is not { } board)
        {
            return null;
        }

        var id = board.String("id", required: true);
        var title = board.Text("title", required: true);
        var scope = board.String("scope", required: true);
        var resolution = board.Enum<BoardResolution>("resolution", required: true);
        var theme = board.Enum<BoardTheme>("theme", required: false) ?? BoardTheme.Dark;
        board.String("description", required: false); // a note for board authors; not shown on screen
        var pages = new List<BoardPage>();
        if (board.Array("pages", required: true) is { } items)
        {
            if (items.Count == 0)
            {
                board.Error("pages", "must hold at least one page");
            }

            foreach (var (item, path) in items)
            {
                if (ParsePage(item, path, file, errors, paths, levels) is { } page)
                {
                    paths.Record(page, path);
                    pages.Add(page);
                }
            }
        }

        board.RejectUnknownFields();
        if (id is null || title is null || scope is null || resolution is null)
        {
            return null;
        }

        return new BoardDefinition
        {
            Id = id, Title = title, Scope = scope, Resolution = resolution.Value, Theme = theme, Pages = pages,
        };
    }

    private static BoardPage? ParsePage(
        JsonElement element, string path, string file, List<BoardError> errors, SourcePaths paths, OrgLevels levels)
    {
        if (JsonObjectReader.Open(element, path, file, errors) is not { } page)
        {
            return null;
        }

        var id = page.String("id", required: true);
        var title = page.Text("title", required: true);
        var dwell = page.Int("dwellSeconds", required: true, MinDwellSeconds, MaxDwellSeconds);
        PageCycle? cycle = null;
        if (page.Object("cycle", required: false) is { } cycleReader)
        {
            var level = cycleReader.Level("level", required: true, levels.Middle);
            cycleReader.RejectUnknownFields();
            cycle = level is null ? null : new PageCycle(level);
        }

        var columns = page.Int("columns", required: false, 1, MaxGridCells) ?? BoardPage.DefaultColumns;
        var rows = page.Int("rows", required: false, 1, MaxGridCells) ?? BoardPage.DefaultRows;
        var widgets = new List<WidgetDefinition>();
        if (page.Array("widgets", required: true) is { } items)
        {
            if (items.Count == 0)
            {
                page.Error("widgets", "must hold at least one widget");
            }

            foreach (var (item, itemPath) in items)
            {
                if (WidgetParser.Parse(item, itemPath, file, errors, levels) is { } widget)
                {
                    paths.Record(widget, itemPath);
                    widgets.Add(widget);
                }
            }
        }

        page.RejectUnknownFields();
        if (id is null || title is null || dwell is null || (page.Has("cycle") && cycle is null))
        {
            return null;
        }

        return new BoardPage
        {
            Id = id, Title = title, DwellSeconds = dwell.Value, Cycle = cycle, Columns = columns, Rows = rows,
            Widgets = widgets,
        };
    }
}
