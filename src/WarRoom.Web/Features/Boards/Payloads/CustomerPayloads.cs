using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>A KPI of the unit on screen cut by a dimension (<c>breakdown</c>), values in the seed's order, untagged last.</summary>
public sealed record BreakdownPayload : WidgetPayload
{
    public required string Kpi { get; init; }
    public required LocalizedText KpiName { get; init; }
    public required string Unit { get; init; }
    public required LocalizedText Dimension { get; init; }
    public required double Total { get; init; }
    public required IReadOnlyList<ShareRow> Rows { get; init; }
}

/// <summary>One value of a breakdown or one lifecycle stage: its figure and its share of the whole (null when the whole is 0).</summary>
public sealed record ShareRow(string Key, LocalizedText Name, double Value, double? Share);

/// <summary>Funnel stages in order (<c>funnel</c>); <see cref="FunnelStageRow.Conversion"/> is from the stage before.</summary>
public sealed record FunnelPayload : WidgetPayload
{
    public required IReadOnlyList<FunnelStageRow> Stages { get; init; }
}

public sealed record FunnelStageRow(string Kpi, LocalizedText Name, string Unit, double Value, double? Conversion);

/// <summary>Units of a level per lifecycle stage (<c>lifecycle</c>), 导入 to 流失.</summary>
public sealed record LifecyclePayload : WidgetPayload
{
    public required string Level { get; init; }
    public required int Units { get; init; }
    public required IReadOnlyList<ShareRow> Rows { get; init; }
}
