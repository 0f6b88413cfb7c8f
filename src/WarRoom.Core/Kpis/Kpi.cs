namespace WarRoom.Core.Kpis;

/// <summary>How a KPI's events combine: flows add up, stock figures keep the reading with the latest event time.</summary>
public enum KpiAggregation
{
    Sum,
    Latest,
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

    public int Index { get; internal set; }

    public string DisplayName(bool english) => english ? NameEn : NameZh;

    public override string ToString() => Code;
}
