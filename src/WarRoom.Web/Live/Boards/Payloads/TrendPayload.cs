namespace WarRoom.Web.Live.Boards.Payloads;

/// <summary>A point of a cumulative series.</summary>
public sealed record TrendPoint(DateTimeOffset Time, double Value);

/// <summary>
/// A KPI's cumulative value for the unit on screen against the target line (<c>trend</c>). The target line is given
/// as points rather than a straight line because in working-day mode time progress stands still over holidays.
/// </summary>
public sealed record TrendPayload : WidgetPayload
{
    public required string Kpi { get; init; }
    public required LocalizedText Name { get; init; }
    public required string Unit { get; init; }
    public double? Target { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>Cumulative actuals up to <see cref="BoardPayload.AsOf"/>, one point per interval.</summary>
    public required IReadOnlyList<TrendPoint> Actual { get; init; }

    /// <summary>target × time progress at each interval over the whole campaign; empty without a target.</summary>
    public required IReadOnlyList<TrendPoint> TargetLine { get; init; }
}
