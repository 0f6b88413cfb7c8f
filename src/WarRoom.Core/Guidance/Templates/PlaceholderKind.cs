namespace WarRoom.Core.Guidance.Templates;

/// <summary>What a placeholder stands for, which decides how it is written when the template gives no format.</summary>
internal enum PlaceholderKind
{
    /// <summary>Words (a name, a list of KPIs, a date); takes no format.</summary>
    Text,

    /// <summary>A fraction such as completion; default P1 (52.3%).</summary>
    Share,

    /// <summary>An amount in the KPI's unit; default the KPI's own decimals with thousands separators.</summary>
    Amount,

    /// <summary>A composite score; default N1.</summary>
    Score,

    /// <summary>A count (rank, days, people); default N0.</summary>
    Count,
}
