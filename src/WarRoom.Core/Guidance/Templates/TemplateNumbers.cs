using System.Globalization;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>
/// How numbers are written in guidance, the same on every machine: invariant digits, "52.3%" (no space before the
/// percent sign, which the invariant culture would put there), thousands separators, half away from zero.
/// </summary>
internal static class TemplateNumbers
{
    private static readonly NumberFormatInfo Format = CreateFormat();

    public static bool IsValidFormat(string format) =>
        format.Length is 2 or 3
        && (format.StartsWith("pt", StringComparison.Ordinal) ? format.Length == 3 : format.Length == 2 && format[0] is 'P' or 'N' or 'F')
        && format[^1] is >= '0' and <= '4';

    /// <summary>
    /// Writes <paramref name="value"/> with <paramref name="format"/> (P, N, F with 0–4 decimals, or ptN for
    /// percentage points: 0.153 → "15.3"), or by default for its kind (<paramref name="decimals"/> for amounts).
    /// </summary>
    public static string Write(double value, string? format, PlaceholderKind kind, int decimals)
    {
        format ??= kind switch
        {
            PlaceholderKind.Share => "P1",
            PlaceholderKind.Amount => "N" + Math.Clamp(decimals, 0, 4).ToString(CultureInfo.InvariantCulture),
            PlaceholderKind.Score => "N1",
            _ => "N0",
        };

        if (format.StartsWith("pt", StringComparison.Ordinal))
        {
            return Write(value * 100, "N" + format[2], kind, decimals);
        }

        var places = format[^1] - '0';
        var scaled = format[0] == 'P' ? value * 100 : value;

        // Round first, half away from zero like the figures, so the text never disagrees with them by a midpoint.
        var rounded = Math.Round(scaled, places, MidpointRounding.AwayFromZero) + 0.0;
        var text = rounded.ToString((format[0] == 'F' ? "F" : "N") + places.ToString(CultureInfo.InvariantCulture), Format);
        return format[0] == 'P' ? text + "%" : text;
    }

    private static NumberFormatInfo CreateFormat()
    {
        var f = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        f.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(f);
    }
}
