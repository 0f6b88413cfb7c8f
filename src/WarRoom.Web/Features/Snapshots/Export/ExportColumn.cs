namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>How a cell is shown: each export maps these to its own formats (Excel number formats, CSV and PDF text).</summary>
public enum CellFormat
{
    Text,
    Integer,

    /// <summary>A rank movement: +3, −2, 0.</summary>
    SignedInteger,

    /// <summary>An amount in 万元: two decimals with thousands separators.</summary>
    Amount,

    /// <summary>A count (户, 张, 人, 笔): whole numbers with thousands separators.</summary>
    Count,

    /// <summary>A ratio shown as a percentage (0.823 → 82.30%).</summary>
    Percent,

    /// <summary>A difference of ratios in percentage points, always signed (pace: +3.20%).</summary>
    SignedPercent,

    /// <summary>A composite score (0–150), two decimals.</summary>
    Score,
}

/// <summary>A text or a number (either may be absent: no target, first day without movement).</summary>
public readonly record struct ExportValue(string? Text, double? Number)
{
    public bool IsEmpty => Text is null && Number is null;

    public static implicit operator ExportValue(string? text) => new(text, null);

    public static implicit operator ExportValue(double? number) => new(null, number);

    public static implicit operator ExportValue(int? number) => new(null, number);
}

/// <summary>A column of rows of <typeparamref name="T"/>; <paramref name="RowFormat"/> overrides the format per row (totals mix 万元 and counts).</summary>
public sealed record ExportColumn<T>(string Header, CellFormat Format, Func<T, ExportValue> Value, Func<T, CellFormat>? RowFormat = null)
{
    public CellFormat FormatOf(T row) => RowFormat?.Invoke(row) ?? Format;
}
