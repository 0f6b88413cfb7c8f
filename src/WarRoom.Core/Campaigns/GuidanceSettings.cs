using static System.FormattableString;

namespace WarRoom.Core.Campaigns;

/// <summary>
/// Per-campaign thresholds of the guidance rules (seed data, <c>campaign.json</c> → <c>guidance</c>); docs/guidance.md
/// explains each rule. Shares are fractions: 0.05 is five percentage points.
/// </summary>
public sealed record GuidanceSettings
{
    /// <summary>pace_lag warn: completion behind time progress by more than this (a share, 0.05 = 5 points).</summary>
    public double PaceLagWarn { get; init; } = 0.05;

    /// <summary>pace_lag critical: behind by more than this; also the bar for a manager to enter the help list.</summary>
    public double PaceLagCritical { get; init; } = 0.15;

    /// <summary>rank_drop: fell this many places or more among its siblings on the composite since the previous day's close.</summary>
    public int RankDropPlaces { get; init; } = 3;

    /// <summary>inactive: a unit with no events for this many completed working days (warn) …</summary>
    public int InactiveWorkingDays { get; init; } = 3;

    /// <summary>… and for this many (critical): a whole working week.</summary>
    public int InactiveCriticalWorkingDays { get; init; } = 5;

    /// <summary>concentration: one manager carries at least this share of a unit's result for a KPI …</summary>
    public double ConcentrationShare { get; init; } = 0.5;

    /// <summary>… once the unit has booked at least this completion, so a campaign's first deals are not flagged.</summary>
    public double ConcentrationMinCompletion { get; init; } = 0.1;

    /// <summary>mix_gap: a KPI whose completion is at least this multiple of time progress counts as strong …</summary>
    public double MixGapStrong { get; init; } = 1.1;

    /// <summary>… and one this far below time progress (a share) counts as weak.</summary>
    public double MixGapWeakPace { get; init; } = 0.2;

    /// <summary>breakthrough: a target passed within this many counted days (today included) is still news (喜报).</summary>
    public int BreakthroughWorkingDays { get; init; } = 2;

    /// <summary>At most this many critically lagging managers per sub-branch on the help list (the worst first).</summary>
    public int ManagerHelpListSize { get; init; } = 3;

    /// <summary>Settings that cannot work, each a sentence naming the JSON properties; empty when all are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (PaceLagWarn < 0 || PaceLagCritical < PaceLagWarn)
        {
            yield return Invariant($"paceLagWarn ({PaceLagWarn}) must be ≥ 0 and paceLagCritical ({PaceLagCritical}) at least as large");
        }

        if (RankDropPlaces < 1)
        {
            yield return Invariant($"rankDropPlaces ({RankDropPlaces}) must be at least 1");
        }

        if (InactiveWorkingDays < 1 || InactiveCriticalWorkingDays < InactiveWorkingDays)
        {
            yield return Invariant($"inactiveWorkingDays ({InactiveWorkingDays}) must be at least 1 and inactiveCriticalWorkingDays ({InactiveCriticalWorkingDays}) at least as large");
        }

        if (ConcentrationShare is <= 0 or > 1 || ConcentrationMinCompletion < 0)
        {
            yield return Invariant($"concentrationShare ({ConcentrationShare}) must be in (0, 1] and concentrationMinCompletion ({ConcentrationMinCompletion}) ≥ 0");
        }

        if (MixGapStrong <= 0 || MixGapWeakPace <= 0)
        {
            yield return Invariant($"mixGapStrong ({MixGapStrong}) and mixGapWeakPace ({MixGapWeakPace}) must be positive");
        }

        if (BreakthroughWorkingDays < 1)
        {
            yield return Invariant($"breakthroughWorkingDays ({BreakthroughWorkingDays}) must be at least 1");
        }

        if (ManagerHelpListSize < 0)
        {
            yield return Invariant($"managerHelpListSize ({ManagerHelpListSize}) must not be negative");
        }
    }
}
