namespace WarRoom.Core.Campaigns;

/// <summary>Per-campaign thresholds of the guidance rules (seed data, <c>campaign.json</c> → <c>guidance</c>).</summary>
public sealed record GuidanceSettings
{
    /// <summary>pace_lag warn: completion behind time progress by more than this (a share, 0.05 = 5 points).</summary>
    public double PaceLagWarn { get; init; } = 0.05;

    /// <summary>pace_lag critical: behind by more than this.</summary>
    public double PaceLagCritical { get; init; } = 0.15;

    /// <summary>rank_drop: fell this many places or more since the previous day's close.</summary>
    public int RankDropPlaces { get; init; } = 3;

    /// <summary>inactive: a manager with no events for this many working days.</summary>
    public int InactiveWorkingDays { get; init; } = 3;

    /// <summary>concentration: one manager carries at least this share of a unit's result for a KPI.</summary>
    public double ConcentrationShare { get; init; } = 0.5;

    /// <summary>mix_gap: a KPI at or above this completion counts as strong …</summary>
    public double MixGapStrong { get; init; } = 1.0;

    /// <summary>… and one this far below time progress counts as weak.</summary>
    public double MixGapWeakPace { get; init; } = 0.2;
}
