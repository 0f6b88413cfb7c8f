namespace WarRoom.SeedGeneration;

/// <summary>
/// One KPI of the generated catalogue with what the generator needs beyond <c>kpis.csv</c>: the campaign target
/// of an average manager (the HQ total is this times the number of managers) and the shape of sample events —
/// the source system that sends them, a typical value range, and the range of a big deal — and the plausible range
/// of one event (a negative minimum where reversals are real: net deposit outflows, AUM falls, cancelled policies).
/// A ratio names its numerator and denominator, and its per-manager target is the rate every unit is set.
/// </summary>
internal sealed record KpiSpec(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    string Aggregation,
    decimal Weight,
    decimal BigDeal,
    int Decimals,
    decimal PerManagerTarget,
    string Source,
    int SampleShare,
    decimal TypicalMin,
    decimal TypicalMax,
    decimal BigMax,
    decimal MinEvent,
    decimal MaxEvent,
    string? Numerator = null,
    string? Denominator = null)
{
    /// <summary>Counts (户, 张, 人: no decimals) take whole numbers only.</summary>
    public bool Integer => Decimals == 0;

    /// <summary>How many of this KPI's smallest steps make one unit (100 for 万元 with two decimals).</summary>
    public long Scale => Decimals switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1000,
        _ => 10000,
    };

    /// <summary>Readings of a manager's book (MAU, a closing balance), not flows booked anywhere in the tree.</summary>
    public bool IsReading => Aggregation is "latest" or "daily_average";

    /// <summary>A rate (0.45 = 45 %): every unit gets the same target, which is not split down the tree.</summary>
    public bool IsRatio => Aggregation == "ratio";
}
