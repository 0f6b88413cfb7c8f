using System.Globalization;

namespace WarRoom.Web.Components.Shared;

/// <summary>How figures read on desk pages: thousands separators, whole numbers without decimals, ratios as percent.</summary>
public static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public const string Missing = "—";

    public static string Value(double? value) => value switch
    {
        null => Missing,
        { } v when v == Math.Floor(v) && Math.Abs(v) < 1e15 => v.ToString("N0", Invariant),
        { } v when Math.Abs(v) >= 1000 => v.ToString("N0", Invariant),
        { } v when Math.Abs(v) >= 10 => v.ToString("N1", Invariant),
        { } v => v.ToString("N2", Invariant),
    };

    /// <summary>A KPI's figure in its unit: a rate (unit %) arrives as a fraction, so 0.4123 reads 41.2.</summary>
    public static string Value(double? value, string unit) =>
        unit == "%" && value is { } r ? (r * 100).ToString("0.0", Invariant) : Value(value);

    public static string Percent(double? ratio) => ratio is { } r ? (r * 100).ToString("0.0", Invariant) + "%" : Missing;

    /// <summary>Pace in percentage points, signed, so "+4.1pp" and "−3.2pp" read at a glance.</summary>
    public static string Points(double? pace) => pace switch
    {
        null => Missing,
        { } p when p >= 0 => "+" + (p * 100).ToString("0.0", Invariant) + "pp",
        { } p => "−" + (-p * 100).ToString("0.0", Invariant) + "pp",
    };

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", Invariant) : Missing;

    public static string Change(int? change) => change switch
    {
        null or 0 => "–",
        > 0 => "▲" + change.Value.ToString(Invariant),
        _ => "▼" + (-change.Value).ToString(Invariant),
    };

    public static string ChangeClass(int? change) => change switch { > 0 => "up", < 0 => "down", _ => "flat" };

    public static string PaceClass(double? pace) => pace switch { >= 0 => "up", < 0 => "down", _ => "flat" };

    /// <summary>Raw figure for a <c>data-value</c> attribute (tests and anyone scraping read it without parsing text).</summary>
    public static string Raw(double? value) => value?.ToString("R", Invariant) ?? string.Empty;
}
