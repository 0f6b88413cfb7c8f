using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>One KPI's figure for the unit on screen against its target.</summary>
public sealed record KpiTile
{
    public required string Kpi { get; init; }
    public required LocalizedText Name { get; init; }

    /// <summary>Display unit: 万元, 户, 张, 人, 笔.</summary>
    public required string Unit { get; init; }

    public required double Value { get; init; }

    /// <summary>Null where the unit has no target for this KPI (then completion and pace are null too).</summary>
    public double? Target { get; init; }

    /// <summary>Value / target.</summary>
    public double? Completion { get; init; }

    /// <summary>Completion − time progress: negative means behind time.</summary>
    public double? Pace { get; init; }

    /// <summary>Today's increment, shown as "今日 +…"; null when not computed.</summary>
    public double? Today { get; init; }

    /// <summary>预计完成: the run-rate forecast of completion at the campaign's end (widgets with <c>outlook</c> only).</summary>
    public double? Forecast { get; init; }

    /// <summary>同比: completion at the same working day of last year's campaign (widgets with <c>outlook</c>, once loaded).</summary>
    public double? LastYear { get; init; }
}

/// <summary>Campaign totals vs target with time progress (<c>kpiTiles</c>), tiles in the widget's KPI order.</summary>
public sealed record KpiTilesPayload : WidgetPayload
{
    public required double TimeProgress { get; init; }
    public required IReadOnlyList<KpiTile> Tiles { get; init; }
}

/// <summary>One KPI's completion as a dial with the time progress marked (<c>gauge</c>).</summary>
public sealed record GaugePayload : WidgetPayload
{
    public required double TimeProgress { get; init; }
    public required KpiTile Tile { get; init; }
}
