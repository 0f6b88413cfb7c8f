using WarRoom.Core;
using WarRoom.Web.Features.Guidance;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>
/// A snapshot exactly as stored (one JSON document) and as the API returns it: figures of one scope at one instant,
/// frozen. Nothing here is recomputed later; exports and comparisons read only this document.
/// <paramref name="KpiRankBasis"/> says what the KPI ranks order by (completion; the composite ranks by score).
/// <paramref name="Version"/> is the aggregates' version every figure was read from.
/// </summary>
public sealed record SnapshotDto(
    long Id, string Label, SnapshotUnitDto Scope, DateTimeOffset AsOf, string TakenBy, string Trigger,
    SnapshotCampaignDto Campaign, double TimeProgress, int DaysLeft, long Version, string KpiRankBasis,
    IReadOnlyList<SnapshotKpiDto> Kpis, SnapshotTotalsDto Totals, IReadOnlyList<SnapshotLevelDto> Levels,
    SnapshotGuidanceDto Guidance)
{
    public const string Manual = "manual";
    public const string Weekly = "weekly";

    public SnapshotLevelDto? Level(string level) => Levels.FirstOrDefault(l => l.Level == level);
}

public sealed record SnapshotUnitDto(string Code, string Name, string? NameEn, string Level);

public sealed record SnapshotCampaignDto(
    string Id, string Name, string? NameEn, DateTimeOffset Start, DateTimeOffset End, string TimeZone, string ProgressMode, double ScoreCap);

/// <summary>A campaign KPI as it was defined when the snapshot was taken (unit, decimals and weight included).</summary>
public sealed record SnapshotKpiDto(string Code, LocalizedText Name, string Unit, int Decimals, string Direction, double Weight);

/// <summary>The scope's own campaign-to-date figures: its composite score and each KPI against its target.</summary>
public sealed record SnapshotTotalsDto(double? Score, IReadOnlyList<SnapshotFigureDto> Kpis);

public sealed record SnapshotFigureDto(string Kpi, double Value, double? Target, double? Completion, double? Pace);

/// <summary>Every unit of one level inside the scope, in composite rank order.</summary>
public sealed record SnapshotLevelDto(string Level, int Total, IReadOnlyList<SnapshotRowDto> Rows);

public sealed record SnapshotRowDto(
    string Unit, string Name, string? NameEn, string? Parent, string PeerGroup,
    SnapshotCompositeDto Composite, IReadOnlyList<SnapshotKpiCellDto> Kpis)
{
    public SnapshotKpiCellDto? Kpi(string code) => Kpis.FirstOrDefault(k => k.Kpi == code);
}

/// <summary><paramref name="RankChange"/> &gt; 0: moved up since the previous day's close.</summary>
public sealed record SnapshotCompositeDto(int Rank, int? RankChange, double? Score, double? Completion, double? Pace);

public sealed record SnapshotKpiCellDto(string Kpi, double Value, double? Target, double? Completion, double? Pace, int Rank, int? RankChange);

/// <summary>
/// <paramref name="Engine"/> names what wrote the items (snapshots taken before the guidance engine was plugged in
/// say "none"). The items are the host's one guidance record, as the API shows them.
/// </summary>
public sealed record SnapshotGuidanceDto(string Engine, IReadOnlyList<GuidanceItemDto> Items);

/// <summary>One line of the snapshot list (no figures).</summary>
public sealed record SnapshotSummaryDto(long Id, string Label, string Scope, string ScopeName, DateTimeOffset AsOf, string TakenBy, string Trigger);
