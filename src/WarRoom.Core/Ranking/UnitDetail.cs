using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// One unit campaign-to-date at <paramref name="AsOf"/>: its composite <paramref name="Score"/> (null without any
/// target) and rank among its siblings by score (<paramref name="ScoreRank"/>, null for HQ; siblings without a
/// score come last), each campaign KPI, and a summary of its children. <paramref name="SiblingCount"/> counts the
/// unit itself.
/// </summary>
public sealed record UnitDetail(
    OrgUnit Unit,
    DateTimeOffset AsOf,
    long Version,
    double TimeProgress,
    double? Score,
    int? ScoreRank,
    int SiblingCount,
    IReadOnlyList<UnitKpiDetail> Kpis,
    ChildrenSummary Children,
    DateTimeOffset? LastEventTime);

/// <summary>
/// One campaign KPI of a unit. <paramref name="SiblingRank"/>: rank among the siblings by completion (ascending for a
/// lower-is-better KPI), siblings without a target after those with one, ties shared; null for HQ.
/// <paramref name="Contribution"/> = w · min(s, cap) · 100 / Σ w, the KPI's share of the score (the shares add up to
/// <see cref="UnitDetail.Score"/> up to floating-point rounding); null when the KPI has no target for the unit.
/// <paramref name="ChildrenAhead"/>: children with a target whose completion is at or ahead of time progress (at or
/// below it for a lower-is-better KPI). <paramref name="Forecast"/>: the run-rate forecast at the campaign's end.
/// <paramref name="LastYear"/>: 同比, campaign-to-date at the same working day of the previous campaign, where loaded.
/// </summary>
public sealed record UnitKpiDetail(
    Kpi Kpi,
    double Weight,
    double Value,
    double? Target,
    double? Completion,
    double? Pace,
    int? SiblingRank,
    double? Contribution,
    int ChildrenAhead,
    Forecasting.Forecast? Forecast = null,
    History.LastYearFigure? LastYear = null);

/// <summary>
/// <paramref name="AheadOfTimeProgress"/>: children whose composite completion (score / 100) is at or ahead of time
/// progress; <paramref name="WithoutScore"/>: children with no target for any campaign KPI.
/// </summary>
public sealed record ChildrenSummary(int Count, int AheadOfTimeProgress, int WithoutScore);
