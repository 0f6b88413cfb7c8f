using System.Text.Json.Serialization;
using WarRoom.Core;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Boards;

// The widget types and their settings. Defaults here are the ones the parser applies when a setting is omitted.

/// <summary>Days left to the campaign end and the time progress (时间进度).</summary>
public sealed record CountdownWidget : WidgetDefinition;

/// <summary>Campaign totals vs target, one tile per KPI, with the time progress as the yardstick.</summary>
public sealed record KpiTilesWidget : WidgetDefinition
{
    public required IReadOnlyList<string> Kpis { get; init; }

    /// <summary>Also show each KPI's 预计完成 (forecast completion) and 同比 (completion at the same working day last year).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Outlook { get; init; }
}

/// <summary>One KPI's completion as a dial, with the time progress marked on it.</summary>
public sealed record GaugeWidget : WidgetDefinition
{
    public required string Kpi { get; init; }

    /// <summary>Also show 预计完成 and 同比 under the dial (see <see cref="KpiTilesWidget.Outlook"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Outlook { get; init; }
}

/// <summary>Shared settings of the widgets that show a ranking (API.md, <c>GET /api/v1/rankings</c>).</summary>
public abstract record RankingWidget : WidgetDefinition
{
    [JsonConverter(typeof(OrgLevelJsonConverter))]
    public required OrgLevel Level { get; init; }

    /// <summary>A KPI code or <see cref="RankingMetrics.Composite"/>.</summary>
    public required string Metric { get; init; }

    public RankingBasis Basis { get; init; } = RankingBasis.Value;
    public RankingWindow Window { get; init; } = RankingWindow.Campaign;
    public int Top { get; init; } = 10;
}

/// <summary>A ranking table with rank movement arrows since the previous day's close.</summary>
public sealed record LeaderboardWidget : RankingWidget
{
    /// <summary>Ranks only units of this peer group (同类行), when set.</summary>
    public string? PeerGroup { get; init; }
}

/// <summary>A ranking drawn as horizontal bars that re-sort with animation as values change.</summary>
public sealed record BarRaceWidget : RankingWidget;

/// <summary>A KPI's cumulative value over the campaign against the target line.</summary>
public sealed record TrendWidget : WidgetDefinition
{
    public required string Kpi { get; init; }
    public TrendInterval Interval { get; init; } = TrendInterval.Day;
}

/// <summary>The live deal ticker (喜报): big deals as they happen, newest first.</summary>
public sealed record DealTickerWidget : WidgetDefinition
{
    public int Max { get; init; } = 8;

    /// <summary>Only deals of these KPIs; empty means every KPI.</summary>
    public IReadOnlyList<string> Kpis { get; init; } = [];
}

/// <summary>The standardised guidance (制式化业务指引) for the units in scope that need help.</summary>
public sealed record GuidancePanelWidget : WidgetDefinition
{
    public int Max { get; init; } = 6;
    public GuidanceSeverity MinSeverity { get; init; } = GuidanceSeverity.Info;
}

/// <summary>Every unit of a level as a tile coloured by pace (ahead of or behind time progress).</summary>
public sealed record BranchGridWidget : WidgetDefinition
{
    [JsonConverter(typeof(OrgLevelJsonConverter))]
    public required OrgLevel Level { get; init; }

    public string Metric { get; init; } = RankingMetrics.Composite;
}

/// <summary>Follow-up on guidance (智能帮扶闭环): per unit of a level, the share of its items taken up and the share done.</summary>
public sealed record FollowUpWidget : WidgetDefinition
{
    [JsonConverter(typeof(OrgLevelJsonConverter))]
    public required OrgLevel Level { get; init; }
}

/// <summary>A <c>sum</c> KPI of the unit on screen cut by one dimension (渠道, 产品, 客群): value and share per value.</summary>
public sealed record BreakdownWidget : WidgetDefinition
{
    public required string Kpi { get; init; }

    /// <summary>A dimension code from seed data (<c>dimensions.csv</c>).</summary>
    public required string By { get; init; }
}

/// <summary>Ordered stage KPIs (触达 → 开户 → …) with the conversion from each stage to the next.</summary>
public sealed record FunnelWidget : WidgetDefinition
{
    public required IReadOnlyList<FunnelStage> Stages { get; init; }
}

/// <summary>One funnel stage: a KPI, shown under its own label where given (else the KPI's name).</summary>
public sealed record FunnelStage(string Kpi, LocalizedText? Label);

/// <summary>How many units of a level stand in each lifecycle stage (导入/成长/成熟/衰退/流失; <see cref="Core.Ranking.Lifecycle"/>).</summary>
public sealed record LifecycleWidget : WidgetDefinition
{
    [JsonConverter(typeof(OrgLevelJsonConverter))]
    public required OrgLevel Level { get; init; }

    public string Metric { get; init; } = RankingMetrics.Composite;
}
