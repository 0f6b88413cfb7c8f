namespace WarRoom.Web.Features.Snapshots.Compare;

/// <summary>
/// Two snapshots of one scope side by side. Every delta is to − from; a rank delta is from − to, so a positive
/// number means the unit climbed (as <c>rankChange</c> does in rankings).
/// </summary>
public sealed record ComparisonDto(
    SnapshotRefDto From, SnapshotRefDto To, string Scope, double? ScoreFrom, double? ScoreTo, double? ScoreDelta,
    IReadOnlyList<TotalDeltaDto> Totals, IReadOnlyList<LevelComparisonDto> Levels);

public sealed record SnapshotRefDto(long Id, string Label, DateTimeOffset AsOf, double TimeProgress);

public sealed record TotalDeltaDto(
    string Kpi, double ValueFrom, double ValueTo, double ValueDelta, double? CompletionFrom, double? CompletionTo, double? CompletionDelta);

/// <summary>
/// One level: every unit in both snapshots (in the later snapshot's order), the biggest climbers and fallers on the
/// composite, and the KPI targets a unit had not met in the earlier snapshot and has met in the later one.
/// </summary>
public sealed record LevelComparisonDto(
    string Level, IReadOnlyList<UnitDeltaDto> Units, IReadOnlyList<UnitDeltaDto> Climbers, IReadOnlyList<UnitDeltaDto> Fallers,
    IReadOnlyList<TargetCrossingDto> CrossedTarget);

public sealed record UnitDeltaDto(
    string Unit, string Name, string? NameEn, int RankFrom, int RankTo, int RankDelta,
    double? ScoreFrom, double? ScoreTo, double? ScoreDelta, IReadOnlyList<KpiDeltaDto> Kpis);

public sealed record KpiDeltaDto(
    string Kpi, double ValueFrom, double ValueTo, double ValueDelta, double? CompletionFrom, double? CompletionTo,
    int RankFrom, int RankTo, int RankDelta);

public sealed record TargetCrossingDto(string Unit, string Name, string? NameEn, string Kpi, double CompletionFrom, double CompletionTo);
