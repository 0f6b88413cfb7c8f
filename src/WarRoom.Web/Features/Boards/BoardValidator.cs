using System.Text.RegularExpressions;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards.Parsing;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// Checks what the parser cannot: that the board's scope, units and KPIs exist, that levels lie below the scope
/// the page shows, that ids are unique and usable in URLs and the DOM, and that widgets fit their page's grid
/// without overlapping.
/// </summary>
internal static partial class BoardValidator
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    public static void Validate(
        BoardDefinition board, string expectedId, BoardVocabulary vocabulary, SourcePaths paths, List<BoardError> errors, string file)
    {
        void Error(string field, string message) => errors.Add(new BoardError(file, field, message));

        if (!IdPattern().IsMatch(board.Id))
        {
            Error("id", $"'{board.Id}' must be lower-case letters, digits, '-' or '_'");
        }
        else if (board.Id != expectedId)
        {
            Error("id", $"'{board.Id}' must match the file name '{expectedId}.json'");
        }

        OrgLevel? scopeLevel = vocabulary.TryGetLevel(board.Scope, out var level) ? level : null;
        if (scopeLevel is null)
        {
            Error("scope", $"unknown unit '{board.Scope}'");
        }

        var pageIds = new HashSet<string>(StringComparer.Ordinal);
        var widgetIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in board.Pages)
        {
            var pagePath = paths.Of(page);
            if (!IdPattern().IsMatch(page.Id))
            {
                Error($"{pagePath}.id", $"'{page.Id}' must be lower-case letters, digits, '-' or '_'");
            }
            else if (!pageIds.Add(page.Id))
            {
                Error($"{pagePath}.id", $"duplicate page id '{page.Id}'");
            }

            if (page.Cycle is { } cycle && scopeLevel is { } s && cycle.Level <= s)
            {
                Error($"{pagePath}.cycle.level",
                    $"'{cycle.Level.ToWire()}' is not below the board's scope '{board.Scope}' ({s.ToWire()})");
            }

            // Widgets on a cycling page show one unit of the cycle level at a time; elsewhere, the board's scope.
            var shownLevel = page.Cycle?.Level ?? scopeLevel;
            var placed = new List<WidgetDefinition>();
            foreach (var widget in page.Widgets)
            {
                var path = paths.Of(widget);
                if (!IdPattern().IsMatch(widget.Id))
                {
                    Error($"{path}.id", $"'{widget.Id}' must be lower-case letters, digits, '-' or '_'");
                }
                else if (!widgetIds.TryAdd(widget.Id, path))
                {
                    Error($"{path}.id", $"duplicate widget id '{widget.Id}' (first at {widgetIds[widget.Id]})");
                }

                CheckPlacement(page, widget, placed, path, paths, Error);
                placed.Add(widget);
                WidgetRules.Check(widget, shownLevel, vocabulary, path, Error);
            }
        }
    }

    private static void CheckPlacement(
        BoardPage page, WidgetDefinition widget, List<WidgetDefinition> placed, string path, SourcePaths paths,
        Action<string, string> error)
    {
        var g = widget.Grid;
        if (g.LastCol > page.Columns)
        {
            error($"{path}.grid", $"columns {g.Col}..{g.LastCol} exceed the page's {page.Columns} columns");
        }

        if (g.LastRow > page.Rows)
        {
            error($"{path}.grid", $"rows {g.Row}..{g.LastRow} exceed the page's {page.Rows} rows");
        }

        foreach (var other in placed)
        {
            if (g.Overlaps(other.Grid))
            {
                error($"{path}.grid", $"overlaps {paths.Of(other)} ('{other.Id}')");
            }
        }
    }
}
