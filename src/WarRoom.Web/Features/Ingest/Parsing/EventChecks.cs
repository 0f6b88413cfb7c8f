using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// The per-event rules shared by the JSON and CSV readers. Each returns null when the field is good, or a
/// reason that names the field and the offending value.
/// </summary>
public sealed class EventChecks(OrgTree org, KpiCatalog kpis, Campaign campaign, DateTimeOffset now, TimeSpan maxSkew)
{
    public const int MaxIdLength = 128;

    /// <summary>The dimensions tags may name (none unless the seed data declares some).</summary>
    public DimensionCatalog Dimensions { get; init; } = DimensionCatalog.Empty;

    /// <summary>Adds one tag to <paramref name="tags"/>, or says why it is refused (unknown dimension or value, given twice).</summary>
    public string? Tag(ReadOnlySpan<char> dimension, ReadOnlySpan<char> value, ref ulong tags) => Dimensions.AddTag(dimension, value, ref tags);

    /// <summary>Longest id, unit or kpi an answer quotes back: a 7 MB "id" must not make a 7 MB response.</summary>
    public const int MaxEchoLength = 200;

    /// <summary>Keeps fixed-point aggregates (4 decimals in a long) far from overflow.</summary>
    public const double MaxAbsValue = 1e9;

    public static string? Id(string? id) => id switch
    {
        null => "id is missing",
        { Length: 0 } => "id is empty",
        _ when string.IsNullOrWhiteSpace(id) => "id is blank",
        { Length: > MaxIdLength } => $"id is longer than {MaxIdLength} characters ({id.Length})",
        _ => ControlAt(id) is var c and >= 0 ? $"id holds a control character (U+{(int)id[c]:X4}) at position {c + 1}" : null,
    };

    /// <summary>Control characters in an id would break log lines and exported files, and no source means them.</summary>
    private static int ControlAt(string id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            if (char.IsControl(id[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An id as an answer may quote it: at most <see cref="MaxEchoLength"/> characters.</summary>
    public static string? Echo(string? id) => id is { Length: > MaxEchoLength } ? id[..MaxEchoLength] : id;

    /// <summary>Whether the value suits its KPI (whole numbers for counts, within the KPI's per-event range).</summary>
    public string? KpiValue(int kpi, double value) => kpis[kpi].EventValueProblem(value);

    public string? Unit(ReadOnlySpan<char> code, out int unit)
    {
        if (org.TryGet(code, out var u))
        {
            unit = u.Index;
            return null;
        }

        unit = -1;
        return code.Length == 0 ? "unit is missing" : $"unknown unit '{Shorten(code)}'";
    }

    /// <summary>A known unit code read as raw UTF-8; anything else goes through <see cref="Unit"/> for its reason.</summary>
    public bool IsKnownUnit(ReadOnlySpan<byte> utf8, out int unit)
    {
        unit = org.TryGetUtf8(utf8, out var u) ? u.Index : -1;
        return unit >= 0;
    }

    public bool IsKnownKpi(ReadOnlySpan<byte> utf8, out int kpi)
    {
        kpi = kpis.TryGetUtf8(utf8, out var k) ? k.Index : -1;
        return kpi >= 0;
    }

    public string? Kpi(ReadOnlySpan<char> code, out int kpi)
    {
        if (kpis.TryGet(code, out var k))
        {
            kpi = k.Index;
            return null;
        }

        kpi = -1;
        return code.Length == 0 ? "kpi is missing" : $"unknown kpi '{Shorten(code)}'";
    }

    public string? Time(DateTimeOffset time)
    {
        if (time < campaign.Start)
        {
            return $"time {Format(time)} is before the campaign start {Format(campaign.Start)}";
        }

        if (time >= campaign.End)
        {
            return $"time {Format(time)} is at or after the campaign end {Format(campaign.End)}";
        }

        return time > now + maxSkew
            ? $"time {Format(time)} is more than {maxSkew.TotalMinutes:0} minutes ahead of the server clock ({Format(now)})"
            : null;
    }

    public static string? Value(double value) =>
        !double.IsFinite(value) ? "value is not a finite number"
        : Math.Abs(value) > MaxAbsValue ? $"value {value.ToString(CultureInfo.InvariantCulture)} is out of range (at most ±{MaxAbsValue:0e0})"
        : null;

    /// <summary>An ISO 8601 date-time must carry its offset: a bare local time is ambiguous across systems.</summary>
    public static bool HasOffset(ReadOnlySpan<char> text)
    {
        var t = text.IndexOf('T');
        if (t < 0)
        {
            return false;
        }

        var rest = text[t..];
        return rest.EndsWith("Z") || rest.EndsWith("z") || rest.LastIndexOfAny('+', '-') > 0;
    }

    /// <summary><see cref="HasOffset(ReadOnlySpan{char})"/> on the UTF-8 bytes of a JSON string, without making a string.</summary>
    public static bool HasOffset(ReadOnlySpan<byte> utf8)
    {
        var t = utf8.IndexOf((byte)'T');
        if (t < 0)
        {
            return false;
        }

        var rest = utf8[t..];
        return rest.EndsWith("Z"u8) || rest.EndsWith("z"u8) || rest.LastIndexOfAny((byte)'+', (byte)'-') > 0;
    }

    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 64 ? text.ToString() : string.Concat(text[..61], "...");

    private string Format(DateTimeOffset t) =>
        t.ToOffset(campaign.TimeZone.GetUtcOffset(t)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
