using System.Text.Json.Serialization;
using WarRoom.Core;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// One widget of a page. The JSON form is flat: <c>id</c>, <c>type</c>, optional <c>title</c>, <c>grid</c> and the
/// type's own settings side by side, so an error can name the setting as <c>pages[1].widgets[3].metric</c>.
/// The discriminator values are the <see cref="WidgetTypes"/> names that board.js switches on.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CountdownWidget), WidgetTypes.Countdown)]
[JsonDerivedType(typeof(KpiTilesWidget), WidgetTypes.KpiTiles)]
[JsonDerivedType(typeof(GaugeWidget), WidgetTypes.Gauge)]
[JsonDerivedType(typeof(LeaderboardWidget), WidgetTypes.Leaderboard)]
[JsonDerivedType(typeof(BarRaceWidget), WidgetTypes.BarRace)]
[JsonDerivedType(typeof(TrendWidget), WidgetTypes.Trend)]
[JsonDerivedType(typeof(DealTickerWidget), WidgetTypes.DealTicker)]
[JsonDerivedType(typeof(GuidancePanelWidget), WidgetTypes.GuidancePanel)]
[JsonDerivedType(typeof(BranchGridWidget), WidgetTypes.BranchGrid)]
[JsonDerivedType(typeof(FollowUpWidget), WidgetTypes.FollowUp)]
[JsonDerivedType(typeof(BreakdownWidget), WidgetTypes.Breakdown)]
[JsonDerivedType(typeof(FunnelWidget), WidgetTypes.Funnel)]
[JsonDerivedType(typeof(LifecycleWidget), WidgetTypes.Lifecycle)]
public abstract record WidgetDefinition
{
    /// <summary>Unique within the board; keys the widget's payload and its DOM element.</summary>
    public required string Id { get; init; }

    /// <summary>Caption above the widget; board.js falls back to a caption derived from the settings.</summary>
    public LocalizedText? Title { get; init; }

    public required GridPlacement Grid { get; init; }

    /// <summary>The widget type as written in JSON (<see cref="WidgetTypes"/>).</summary>
    [JsonIgnore]
    public string TypeName => Discriminators<WidgetDefinition>.Of(GetType());
}

public static class WidgetTypes
{
    public const string Countdown = "countdown";
    public const string KpiTiles = "kpiTiles";
    public const string Gauge = "gauge";
    public const string Leaderboard = "leaderboard";
    public const string BarRace = "barRace";
    public const string Trend = "trend";
    public const string DealTicker = "dealTicker";
    public const string GuidancePanel = "guidancePanel";
    public const string BranchGrid = "branchGrid";
    public const string FollowUp = "followUp";
    public const string Breakdown = "breakdown";
    public const string Funnel = "funnel";
    public const string Lifecycle = "lifecycle";

    public static readonly IReadOnlyList<string> All =
        [Countdown, KpiTiles, Gauge, Leaderboard, BarRace, Trend, DealTicker, GuidancePanel, BranchGrid, FollowUp, Breakdown, Funnel, Lifecycle];
}

/// <summary>The composite score (多维度综合得分) as a ranking metric, next to the KPI codes.</summary>
public static class RankingMetrics
{
    public const string Composite = "composite";
}
