using WarRoom.Core.Org;

namespace WarRoom.Core.Ranking;

/// <summary>
/// A ranking at <paramref name="AsOf"/>. <paramref name="TimeProgress"/> is the campaign's time progress (时间进度) at
/// that instant; <paramref name="PaceReference"/> is what each row's pace is measured against — the same number for
/// the campaign window, and for a shorter window the share of campaign time inside it (or, for a <c>latest</c>
/// KPI, time progress at the window's end). <paramref name="Total"/> counts every ranked unit, before
/// <see cref="RankingQuery.Top"/>. <paramref name="Version"/> is the aggregates' version the figures come from.
/// <paramref name="LockWait"/>: how long the ranking waited for the aggregates' read lock (a writer applying a chunk),
/// reported so a slow ranking can be told apart from one that queued behind ingest (Server-Timing on the API).
/// </summary>
public sealed record RankingResult(
    RankingQuery Query,
    DateTimeOffset AsOf,
    long Version,
    double TimeProgress,
    double PaceReference,
    int Total,
    IReadOnlyList<RankingItem> Items,
    TimeSpan LockWait = default);

/// <summary>
/// One row. For a KPI metric: <paramref name="Value"/> in the KPI's unit, <paramref name="Target"/>,
/// <paramref name="Completion"/> = value / target and <paramref name="Pace"/> = completion − pace reference (the
/// last three null without a target), <paramref name="Score"/> null. For the composite: value = score, target null,
/// completion = score / 100, pace = completion − pace reference (all null when no KPI of the unit has a target).
/// <paramref name="RankChange"/> = rank at the previous day's close − this rank (positive = moved up); null on the
/// campaign's first day. <paramref name="ForecastCompletion"/>: the run-rate forecast of completion at the campaign's
/// end (composite: the score the forecast values would give, / 100), when the query asked for it and there is one.
/// <paramref name="LastYearCompletion"/>: 同比 — the completion over the previous campaign's matching days (the same
/// working day, <see cref="History.SameWorkingDay"/>) against last year's target, where a past campaign is loaded.
/// </summary>
public sealed record RankingItem(
    int Rank,
    OrgUnit Unit,
    double? Value,
    double? Target,
    double? Completion,
    double? Pace,
    double? Score,
    int? RankChange,
    double? ForecastCompletion = null,
    double? LastYearCompletion = null);
