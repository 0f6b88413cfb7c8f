using System.Buffers;
using System.Buffers.Text;
using System.Text;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Formats events as InfluxDB line protocol straight into a byte buffer:
/// <c>kpi_event,kpi=K,unit=U,subbranch=S,branch=B[,channel=mobile…] value=1.5,id="…",seq=7i,t=1798…i &lt;ns&gt;</c>.
/// The measurement-and-tags prefix of every (KPI, unit) and every dimension tag is built once, so a line costs no
/// allocation. An event's dimensions are tags named by the dimension's code (the seed loader keeps these codes clear
/// of kpi, unit, subbranch and branch).
/// </summary>
public sealed class LineProtocol
{
    public const string Measurement = "kpi_event";

    private readonly byte[][] kpiPrefix;
    private readonly byte[][] unitTags;
    private readonly byte[][][] dimensionTags;

    public LineProtocol(OrgTree org, KpiCatalog kpis, DimensionCatalog? dimensions = null)
    {
        kpiPrefix = [.. kpis.All.Select(k => Encoding.UTF8.GetBytes($"{Measurement},kpi={EscapeTag(k.Code)}"))];
        unitTags = [.. org.Units.Select(u => Encoding.UTF8.GetBytes(UnitTags(u)))];
        dimensionTags = [.. (dimensions ?? DimensionCatalog.Empty).All.Select(d =>
            d.Values.Select(v => Encoding.UTF8.GetBytes($",{EscapeTag(d.Code)}={EscapeTag(v.Code)}")).ToArray())];
    }

    /// <summary>
    /// Tags are functions of the unit: the unit, and the sub-branch (the managers' parent level) and the branch (the
    /// first level below HQ) at or above it, at any depth of tree.
    /// </summary>
    public static string UnitTags(OrgUnit unit)
    {
        var tags = new StringBuilder(",unit=").Append(EscapeTag(unit.Code));
        if (OrgTree.AncestorAt(unit, unit.Level.Catalogue.Outlet) is { } subBranch)
        {
            tags.Append(",subbranch=").Append(EscapeTag(subBranch.Code));
        }

        if (OrgTree.AncestorAt(unit, unit.Level.Catalogue[1]) is { } branch)
        {
            tags.Append(",branch=").Append(EscapeTag(branch.Code));
        }

        return tags.ToString();
    }

    public static string EscapeTag(string value) =>
        value.Replace("\\", "\\\\").Replace(",", "\\,").Replace("=", "\\=").Replace(" ", "\\ ");

    public void Append(IBufferWriter<byte> output, in EventRecord e)
    {
        if (!double.IsFinite(e.Value))
        {
            throw new ArgumentException($"event {e.Id} has a non-finite value", nameof(e));
        }

        // One span per line, advanced once: a call through IBufferWriter per piece cost more than the formatting.
        var prefix = kpiPrefix[e.Kpi];
        var tags = unitTags[e.Unit];
        var line = output.GetSpan(prefix.Length + tags.Length + TagBytes(e.Tags) + MaxFixedBytes + MaxEscapedBytes(e.Id));
        var at = Put(line, 0, prefix);
        at = Put(line, at, tags);
        for (var d = 0; d < dimensionTags.Length && e.Tags != 0; d++)
        {
            if (EventTags.ValueOf(e.Tags, d) is >= 0 and var v)
            {
                at = Put(line, at, dimensionTags[d][v]);
            }
        }

        at = Put(line, at, " value="u8);
        at += FieldValue.Write(e.Value, line[at..]);
        at = Put(line, at, ",id=\""u8);
        at = PutEscaped(line, at, e.Id);
        at = Put(line, at, "\",seq="u8);
        at = PutInteger(line, at, e.Seq);
        at = Put(line, at, "i,t="u8);
        at = PutInteger(line, at, e.TimeMs);
        at = Put(line, at, "i "u8);
        at = PutInteger(line, at, PointIdentity.OrderKey(e.TimeMs, e.Seq));
        line[at++] = (byte)'\n';
        output.Advance(at);
    }

    private int TagBytes(ulong eventTags)
    {
        var bytes = 0;
        for (var d = 0; d < dimensionTags.Length && eventTags != 0; d++)
        {
            bytes += EventTags.ValueOf(eventTags, d) is >= 0 and var v ? dimensionTags[d][v].Length : 0;
        }

        return bytes;
    }

    /// <summary>Everything but the prefix, tags and id: the field names and separators, a value and three integers.</summary>
    private const int MaxFixedBytes = 32 + 3 * 20 + 32;

    /// <summary>A char is at most 3 UTF-8 bytes; the two escaped ones (quote, backslash) take 2.</summary>
    private static int MaxEscapedBytes(string id) => id.Length * 3;

    private static int Put(Span<byte> line, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(line[at..]);
        return at + bytes.Length;
    }

    private static int PutInteger(Span<byte> line, int at, long value)
    {
        Utf8Formatter.TryFormat(value, line[at..], out var written);
        return at + written;
    }

    /// <summary>A string field value: only backslash and double quote need escaping.</summary>
    private static int PutEscaped(Span<byte> line, int at, string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var special = rest.IndexOfAny('"', '\\');
            var plain = special < 0 ? rest : rest[..special];
            at += Encoding.UTF8.GetBytes(plain, line[at..]);
            if (special < 0)
            {
                return at;
            }

            line[at++] = (byte)'\\';
            line[at++] = (byte)rest[special];
            rest = rest[(special + 1)..];
        }

        return at;
    }
}
