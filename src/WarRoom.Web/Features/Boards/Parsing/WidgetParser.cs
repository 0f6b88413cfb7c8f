using System.Text.Json;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards.Parsing;

/// <summary>Reads one widget: the common fields, then the settings of its type (any other field is an error).</summary>
internal static class WidgetParser
{
    public const int MaxTop = 50;
    public const int MaxTickerItems = 30;
    public const int MaxGuidanceItems = 20;
    public const int MaxKpiTiles = 12;

    /// <summary>Reads the widget; levels are the seed's (a ranking may show any level below HQ).</summary>
    public static WidgetDefinition? Parse(JsonElement element, string path, string file, List<BoardError> errors, OrgLevels levels)
    {
        if (JsonObjectReader.Open(element, path, file, errors) is not { } w)
        {
            return null;
        }

        var id = w.String("id", required: true);
        var type = w.String("type", required: true);
        var title = w.Text("title", required: false);
        var grid = ParseGrid(w);
        if (type is not null && !WidgetTypes.All.Contains(type))
        {
            w.Error("type", $"unknown widget type '{type}' (expected one of: {string.Join(", ", WidgetTypes.All)})");
            type = null;
        }

        // Each type reads its own settings into a widget with a placeholder id and grid; the common fields are
        // filled in below with `with` once all of them are known to be valid.
        WidgetDefinition? widget = type switch
        {
            WidgetTypes.Countdown => new CountdownWidget { Id = "", Grid = grid! },
            WidgetTypes.KpiTiles => KpiTiles(w),
            WidgetTypes.Gauge => w.String("kpi", required: true) is { } kpi
                ? new GaugeWidget { Id = "", Grid = grid!, Kpi = kpi, Outlook = w.Bool("outlook", required: false) ?? false } : null,
            WidgetTypes.Leaderboard => Ranking(w, levels, new LeaderboardWidget
            {
                Id = "", Grid = grid!, Level = levels.Leaf, Metric = "", PeerGroup = w.String("peerGroup", required: false),
            }),
            WidgetTypes.BarRace => Ranking(w, levels, new BarRaceWidget { Id = "", Grid = grid!, Level = levels.Leaf, Metric = "" }),
            WidgetTypes.Trend => Trend(w),
            WidgetTypes.DealTicker => DealTicker(w),
            WidgetTypes.GuidancePanel => new GuidancePanelWidget
            {
                Id = "", Grid = grid!,
                Max = w.Int("max", required: false, 1, MaxGuidanceItems) ?? 6,
                MinSeverity = w.Enum<GuidanceSeverity>("minSeverity", required: false) ?? GuidanceSeverity.Info,
            },
            WidgetTypes.BranchGrid => new BranchGridWidget
            {
                Id = "", Grid = grid!,
                Level = w.Level("level", required: false, levels.BelowRoot) ?? levels[1],
                Metric = w.String("metric", required: false) ?? RankingMetrics.Composite,
            },
            WidgetTypes.FollowUp => new FollowUpWidget
            {
                Id = "", Grid = grid!, Level = w.Level("level", required: false, levels.Middle) ?? levels[1],
            },
            WidgetTypes.Breakdown => CustomerWidgetParser.Breakdown(w),
            WidgetTypes.Funnel => CustomerWidgetParser.Funnel(w),
            WidgetTypes.Lifecycle => new LifecycleWidget
            {
                Id = "", Grid = grid!,
                Level = w.Level("level", required: false, levels.BelowRoot) ?? levels.Leaf,
                Metric = w.String("metric", required: false) ?? RankingMetrics.Composite,
            },
            _ => null,
        };

        // Only now, after the type has read its own settings, is every other field known to be unknown.
        w.RejectUnknownFields();
        return id is null || grid is null || widget is null ? null : widget with { Id = id, Title = title, Grid = grid };
    }

    private static GridPlacement? ParseGrid(JsonObjectReader w)
    {
        if (w.Object("grid", required: true) is not { } g)
        {
            return null;
        }

        var col = g.Int("col", required: true, 1, BoardParser.MaxGridCells);
        var row = g.Int("row", required: true, 1, BoardParser.MaxGridCells);
        var colSpan = g.Int("colSpan", required: false, 1, BoardParser.MaxGridCells) ?? 1;
        var rowSpan = g.Int("rowSpan", required: false, 1, BoardParser.MaxGridCells) ?? 1;
        g.RejectUnknownFields();
        return col is null || row is null ? null : new GridPlacement(col.Value, row.Value, colSpan, rowSpan);
    }

    private static KpiTilesWidget? KpiTiles(JsonObjectReader w)
    {
        var kpis = w.StringList("kpis", required: true);
        if (kpis is { Count: 0 } or { Count: > MaxKpiTiles })
        {
            w.Error("kpis", $"must list 1..{MaxKpiTiles} KPI codes");
        }

        var outlook = w.Bool("outlook", required: false) ?? false;
        return kpis is null ? null : new KpiTilesWidget { Id = "", Grid = null!, Kpis = [.. kpis.Select(k => k.Value)], Outlook = outlook };
    }

    private static RankingWidget? Ranking(JsonObjectReader w, OrgLevels levels, RankingWidget blank)
    {
        var level = w.Level("level", required: true, levels.BelowRoot);
        var metric = w.String("metric", required: true);
        var basis = w.Enum<RankingBasis>("basis", required: false) ?? RankingBasis.Value;
        var window = w.Enum<RankingWindow>("window", required: false) ?? RankingWindow.Campaign;
        var top = w.Int("top", required: false, 1, MaxTop) ?? 10;
        return level is null || metric is null
            ? null
            : blank with { Level = level, Metric = metric, Basis = basis, Window = window, Top = top };
    }

    private static TrendWidget? Trend(JsonObjectReader w)
    {
        var kpi = w.String("kpi", required: true);
        var interval = w.Enum<TrendInterval>("interval", required: false) ?? TrendInterval.Day;
        return kpi is null ? null : new TrendWidget { Id = "", Grid = null!, Kpi = kpi, Interval = interval };
    }

    private static DealTickerWidget DealTicker(JsonObjectReader w) => new()
    {
        Id = "", Grid = null!,
        Max = w.Int("max", required: false, 1, MaxTickerItems) ?? 8,
        Kpis = [.. (w.StringList("kpis", required: false) ?? []).Select(k => k.Value)],
    };
}
