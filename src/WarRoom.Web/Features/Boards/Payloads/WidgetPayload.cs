using System.Text.Json.Serialization;
using WarRoom.Core;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>
/// What one widget shows. Serialized with a leading <c>"type"</c> equal to the widget's definition type, so the
/// browser can check that a payload matches the widget it is applied to.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CountdownPayload), WidgetTypes.Countdown)]
[JsonDerivedType(typeof(KpiTilesPayload), WidgetTypes.KpiTiles)]
[JsonDerivedType(typeof(GaugePayload), WidgetTypes.Gauge)]
[JsonDerivedType(typeof(LeaderboardPayload), WidgetTypes.Leaderboard)]
[JsonDerivedType(typeof(BarRacePayload), WidgetTypes.BarRace)]
[JsonDerivedType(typeof(TrendPayload), WidgetTypes.Trend)]
[JsonDerivedType(typeof(DealTickerPayload), WidgetTypes.DealTicker)]
[JsonDerivedType(typeof(GuidancePanelPayload), WidgetTypes.GuidancePanel)]
[JsonDerivedType(typeof(BranchGridPayload), WidgetTypes.BranchGrid)]
[JsonDerivedType(typeof(FollowUpPayload), WidgetTypes.FollowUp)]
[JsonDerivedType(typeof(BreakdownPayload), WidgetTypes.Breakdown)]
[JsonDerivedType(typeof(FunnelPayload), WidgetTypes.Funnel)]
[JsonDerivedType(typeof(LifecyclePayload), WidgetTypes.Lifecycle)]
public abstract record WidgetPayload
{
    /// <summary>The type as written in JSON, equal to the definition type of the widget it belongs to.</summary>
    [JsonIgnore]
    public string TypeName => Discriminators<WidgetPayload>.Of(GetType());
}

/// <summary>Countdown to the campaign end (<c>countdown</c>).</summary>
public sealed record CountdownPayload : WidgetPayload
{
    public required LocalizedText Campaign { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>Counted in the campaign's progress mode (working days skip holidays), as API.md's campaign.</summary>
    public required int DaysLeft { get; init; }

    /// <summary>What <see cref="DaysLeft"/> counts: <c>workdays</c> (工作日) or <c>calendar</c> (自然日); the screen says which.</summary>
    public required string DaysCounted { get; init; }

    /// <summary>Calendar days still to run, today included (自然日), shown beside working days.</summary>
    public required int CalendarDaysLeft { get; init; }

    /// <summary>Elapsed share of the campaign, 0..1 (时间进度).</summary>
    public required double TimeProgress { get; init; }
}
