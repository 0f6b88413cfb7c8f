namespace WarRoom.Core.Kpis;

/// <summary>
/// How a KPI's figures combine: flows add up, stock figures keep the reading with the latest event time, a ratio
/// divides two other KPIs' subtree totals, a daily average (日均) is the mean of the daily closing balances.
/// </summary>
public enum KpiAggregation
{
    Sum,
    Latest,

    /// <summary>Σ numerator / Σ denominator over the subtree; it takes no events of its own.</summary>
    Ratio,

    /// <summary>Events are closing balances; the value is the mean of the days' balances (carried forward) over the elapsed days.</summary>
    DailyAverage,
}

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>One KPI of the catalogue. <see cref="Index"/> is its position in the catalogue.</summary>
public sealed class Kpi
{
    public required string Code { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }

    /// <summary>Display unit such as 万元, 户, 张, 人, 笔.</summary>
    public required string Unit { get; init; }
    public required KpiAggregation Aggregation { get; init; }
    public KpiDirection Direction { get; init; } = KpiDirection.HigherIsBetter;

    /// <summary>The catalogue's default weight; a campaign may set its own.</summary>
    public double Weight { get; init; }

    /// <summary>An event at or above this value is announced on the deal ticker.</summary>
    public double BigDeal { get; init; }

    /// <summary>Decimal places targets are kept in (0 for counts, 2 for amounts).</summary>
    public int Decimals { get; init; }

    /// <summary>Counts (户, 张, 人) take whole numbers only: half a customer is a source system's bug.</summary>
    public bool Integer { get; init; }

    /// <summary>
    /// The plausible range of one event. A negative minimum allows reversals that really happen (a net deposit
    /// outflow, a cancelled policy); the maximum stops a fat-fingered 50亿 from reordering the leaderboard.
    /// </summary>
    public double MinEvent { get; init; } = double.MinValue;

    public double MaxEvent { get; init; } = double.MaxValue;

    public int Index { get; internal set; }

    /// <summary>For a <see cref="KpiAggregation.Ratio"/> KPI the KPI above the line (resolved by the catalogue).</summary>
    public string? NumeratorCode { get; init; }

    public string? DenominatorCode { get; init; }

    public Kpi? Numerator { get; internal set; }

    public Kpi? Denominator { get; internal set; }

    /// <summary>
    /// A level to hold rather than an amount to accumulate: a ratio or a daily average is due in full at every
    /// point of the campaign, so its pace compares completion with 1, not with time progress.
    /// </summary>
    public bool IsLevel => Aggregation is KpiAggregation.Ratio or KpiAggregation.DailyAverage;

    /// <summary>Whether children's values add up to the parent's (not so for a ratio).</summary>
    public bool IsAdditive => Aggregation != KpiAggregation.Ratio;

    /// <summary>Why one event's value does not fit this KPI, or null when it does.</summary>
    public string? EventValueProblem(double value)
    {
        if (Aggregation == KpiAggregation.Ratio)
        {
            return $"kpi '{Code}' is the ratio {NumeratorCode} / {DenominatorCode}: send events for those two, not for the ratio";
        }

        if (Integer && Math.Floor(value) != value)
        {
            return $"kpi '{Code}' counts whole {Unit}: value {Invariant(value)} is not a whole number";
        }

        if (value < MinEvent)
        {
            return $"value {Invariant(value)} is below the least one '{Code}' event may carry ({Invariant(MinEvent)} {Unit})";
        }

        return value > MaxEvent ? $"value {Invariant(value)} is above the most one '{Code}' event may carry ({Invariant(MaxEvent)} {Unit})" : null;
    }

    public string DisplayName(bool english) => english ? NameEn : NameZh;

    /// <summary>The wire name of <see cref="Aggregation"/> (kpis.csv and the API).</summary>
    public string AggregationName => Wire(Aggregation);

    public static string Wire(KpiAggregation aggregation) => aggregation switch
    {
        KpiAggregation.Sum => "sum",
        KpiAggregation.Latest => "latest",
        KpiAggregation.Ratio => "ratio",
        _ => "daily_average",
    };

    public override string ToString() => Code;

    private static string Invariant(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
