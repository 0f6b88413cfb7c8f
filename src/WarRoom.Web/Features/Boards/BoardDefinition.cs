using WarRoom.Core;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// A big-screen board as written in <c>dashboards/{id}.json</c> (dashboards as code): what it shows, for which
/// part of the bank, on which screen, page by page. Built only by <see cref="BoardLoader"/>, so an instance is
/// always valid against the org tree and KPI catalogue it was checked with.
/// </summary>
public sealed record BoardDefinition
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }

    /// <summary>Code of the org unit whose subtree the board shows (HQ for the whole bank).</summary>
    public required string Scope { get; init; }

    public required BoardResolution Resolution { get; init; }
    public required BoardTheme Theme { get; init; }
    public required IReadOnlyList<BoardPage> Pages { get; init; }

    /// <summary>Every widget of every page with its page index, in page order.</summary>
    public IEnumerable<(int PageIndex, WidgetDefinition Widget)> AllWidgets()
    {
        for (var p = 0; p < Pages.Count; p++)
        {
            foreach (var widget in Pages[p].Widgets)
            {
                yield return (p, widget);
            }
        }
    }

    public WidgetDefinition? FindWidget(string widgetId) =>
        AllWidgets().Select(w => w.Widget).FirstOrDefault(w => w.Id == widgetId);
}
