using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Ranks a <c>sum</c> KPI by what was booked with one dimension value (渠道 = 手机银行) over the campaign, today or
/// this week, by value, from the per-value totals the aggregates keep for breakdowns. A target, a completion or a composite score has no
/// share by channel, and the close before and last year keep no figures by tag, so a tagged row has none of them.
/// </summary>
public sealed record TagFilter(Dimension Dimension, DimensionValue Value)
{
    /// <summary>As the query string writes it: <c>channel:mobile</c>.</summary>
    public string Wire => $"{Dimension.Code}:{Value.Code}";

    /// <summary>
    /// Reads <c>dimension:value</c>. Returns null and the filter, or the reason <paramref name="text"/> names none:
    /// no colon, an unknown dimension or an unknown value (each with what is allowed).
    /// </summary>
    public static string? TryParse(string text, DimensionCatalog dimensions, out TagFilter? filter)
    {
        filter = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return $"tag '{Cut(text)}' must be dimension:value, e.g. {Example(dimensions)}";
        }

        ulong tags = 0;
        if (dimensions.AddTag(text.AsSpan(0, colon), text.AsSpan(colon + 1), ref tags) is { } problem)
        {
            return problem;
        }

        var dimension = dimensions.Find(text[..colon])!;
        filter = new TagFilter(dimension, dimension.Values[EventTags.ValueOf(tags, dimension.Index)]);
        return null;
    }

    /// <summary>
    /// Why a ranking by <paramref name="kpi"/> (null: the composite) on <paramref name="basis"/> over
    /// <paramref name="window"/>, as of an instant or not, cannot be cut by a tag; null when it can.
    /// </summary>
    public static string? Problem(Kpi? kpi, RankBasis basis, RankWindow window, bool asOf) =>
        kpi is not { Aggregation: KpiAggregation.Sum } ? "a tag filter ranks a sum KPI (not the composite, a reading, a ratio or a daily average)"
        : basis != RankBasis.Value ? "a tag filter ranks by value: targets are not set per tag"
        : window.Kind == RankWindowKind.Custom ? "a tag filter covers the campaign, today or this week (window=campaign|today|week)"
        : asOf ? "a tag filter reads the figures of now, not as of an instant"
        : null;

    private static string Example(DimensionCatalog dimensions) =>
        dimensions.Count == 0 ? "channel:mobile (no dimensions are declared)" : $"{dimensions[0].Code}:{dimensions[0].Values[0].Code}";

    private static string Cut(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}
