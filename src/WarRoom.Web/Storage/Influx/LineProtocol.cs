using System.Buffers;
using System.Buffers.Text;
using System.Text;
using WarRoom.Core.Events;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Formats events as InfluxDB line protocol straight into a byte buffer:
/// <c>kpi_event,kpi=K,unit=U,subbranch=S,branch=B value=1.5,id="…",seq=7i,t=1798…i &lt;ns&gt;</c>.
/// The measurement-and-tags prefix of every (KPI, unit) is built once, so a line costs no allocation.
/// </summary>
public sealed class LineProtocol
{
    public const string Measurement = "kpi_event";

    private readonly byte[][] kpiPrefix;
    private readonly byte[][] unitTags;

    public LineProtocol(OrgTree org, KpiCatalog kpis)
    {
        kpiPrefix = [.. kpis.All.Select(k => Encoding.UTF8.GetBytes($"{Measurement},kpi={EscapeTag(k.Code)}"))];
        unitTags = [.. org.Units.Select(u => Encoding.UTF8.GetBytes(UnitTags(u)))];
    }

    /// <summary>Tags are functions of the unit: the unit, and the sub-branch and branch at or above it.</summary>
    public static string UnitTags(OrgUnit unit)
    {
        var tags = new StringBuilder(",unit=").Append(EscapeTag(unit.Code));
        if (OrgTree.AncestorAt(unit, OrgLevel.SubBranch) is { } subBranch)
        {
            tags.Append(",subbranch=").Append(EscapeTag(subBranch.Code));
        }

        if (OrgTree.AncestorAt(unit, OrgLevel.Branch) is { } branch)
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

        output.Write(kpiPrefix[e.Kpi]);
        output.Write(unitTags[e.Unit]);
        output.Write(" value="u8);
        var span = output.GetSpan(32);
        output.Advance(FieldValue.Write(e.Value, span));
        output.Write(",id=\""u8);
        AppendEscapedString(output, e.Id);
        output.Write("\",seq="u8);
        AppendInteger(output, e.Seq);
        output.Write("i,t="u8);
        AppendInteger(output, e.TimeMs);
        output.Write("i "u8);
        AppendInteger(output, PointIdentity.OrderKey(e.TimeMs, e.Seq));
        output.Write("\n"u8);
    }

    private static void AppendInteger(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    /// <summary>A string field value: only backslash and double quote need escaping.</summary>
    private static void AppendEscapedString(IBufferWriter<byte> output, string value)
    {
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var special = rest.IndexOfAny('"', '\\');
            var plain = special < 0 ? rest : rest[..special];
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(plain.Length));
            output.Advance(Encoding.UTF8.GetBytes(plain, span));
            if (special < 0)
            {
                return;
            }

            output.Write(rest[special] == '"' ? "\\\""u8 : "\\\\"u8);
            rest = rest[(special + 1)..];
        }
    }
}
