using WarRoom.Web.Features.Rankings;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// A unit's ranking table as shown: the ranking (ranks over every unit of the level, whatever the filter), the rows
/// left after <see cref="ChildrenView.Q"/> in the chosen order, and the choices the filter form offers (the dimension
/// values as <c>dimension:value</c> with their names, and the campaign's sum KPIs, the ones a tag can cut).
/// </summary>
public sealed record ChildrenTable(
    string Unit, ChildrenView View, RankingDto Ranking, IReadOnlyList<RankingRowDto> Rows,
    IReadOnlyList<string> Levels, IReadOnlyList<string> PeerGroups)
{
    public IReadOnlyList<TagChoice> Tags { get; init; } = [];

    public IReadOnlyList<string> TagMetrics { get; init; } = [];

    /// <summary>The view with <paramref name="tag"/> chosen (null: none), moved to what a tag can cut (<see cref="ForTag"/>).</summary>
    public ChildrenView WithTag(ChildrenView view, string? tag) => ForTag(view with { Tag = tag }, TagMetrics);

    /// <summary>
    /// A tag cuts a sum KPI's figure by value over the campaign, today or this week, so a view with one ranks the
    /// chosen metric if it is a sum KPI, else the first one, by value, over its window unless that was a date range.
    /// On the desk the tag wins: the static form sends every field at once, and the live bar drops the tag first
    /// when a later choice leaves what it can cut (<see cref="Keeping"/>).
    /// </summary>
    public static ChildrenView ForTag(ChildrenView view, IReadOnlyList<string> tagMetrics) => view.Tag is null || tagMetrics.Count == 0
        ? view
        : view with
        {
            Metric = tagMetrics.Contains(view.Metric ?? "") ? view.Metric : tagMetrics[0], Basis = null,
            Window = TagWindow(view) ? view.Window : null, From = null, To = null,
        };

    /// <summary>The view after a live filter choice: the tag dropped when the choice left what a tag can cut.</summary>
    public static ChildrenView Keeping(ChildrenView view, IReadOnlyList<string> tagMetrics) =>
        view.Tag is not null && (!tagMetrics.Contains(view.Metric ?? "composite") || view.Basis is not (null or "value") || !TagWindow(view))
            ? view with { Tag = null }
            : view;

    private static bool TagWindow(ChildrenView view) => view.Window is null or "campaign" or "today" or "week" && view.From is null && view.To is null;
}

/// <summary>One dimension value the ranking can be cut by: <c>channel:mobile</c>, 渠道 · 手机银行.</summary>
public sealed record TagChoice(string Tag, Core.LocalizedText Dimension, Core.LocalizedText Value);
