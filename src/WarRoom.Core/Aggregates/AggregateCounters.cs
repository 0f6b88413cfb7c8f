namespace WarRoom.Core.Aggregates;

/// <summary>
/// What happened to the events given to <see cref="KpiAggregates.Apply(System.ReadOnlySpan{Events.EventRecord})"/>.
/// <paramref name="Applied"/> counts every event taken in, including <paramref name="Superseded"/> <c>latest</c>
/// readings that lost to a later reading of the same unit and day; the last two were ignored: an event time outside
/// [Start, End), or an unknown unit/KPI index or a value that is not finite or beyond <see cref="FixedPoint.MaxAbsValue"/>.
/// </summary>
public readonly record struct AggregateCounters(long Applied, long Superseded, long IgnoredOutsideCampaign, long IgnoredInvalid);
