using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>What InfluxDB makes of a point: its identity and its numbers.</summary>
internal static class LinePoint
{
    /// <summary>Same measurement, tags (in any order) and instant → same id: InfluxDB's identity of a point.</summary>
    public static string DerivedId(ParsedLine line, Int128 nanos)
    {
        var key = new StringBuilder(line.Measurement);
        foreach (var (k, v) in line.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            key.Append(',').Append(k).Append('=').Append(v);
        }

        key.Append(' ').Append(nanos.ToString(CultureInfo.InvariantCulture));
        var hash = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(key.ToString()));
        return "lp-" + hash.ToString("x32", CultureInfo.InvariantCulture);
    }

    /// <summary>A float (1.5, -2e3), an integer (12i) or an unsigned (12u), as InfluxDB writes them.</summary>
    public static bool TryNumber(string text, out double value)
    {
        var digits = text.EndsWith('i') || text.EndsWith('u') ? text[..^1] : text;
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && digits.Length > 0;
    }
}
