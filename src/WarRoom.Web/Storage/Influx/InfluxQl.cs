using System.Globalization;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Influx;

/// <summary>Building blocks of the InfluxQL the adapter sends: quoting, the KPI-and-scope filter, time ranges.</summary>
public static class InfluxQl
{
    public static string Identifier(string name) => "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>
    /// The tag that names a unit's subtree at its level: null for HQ (everything) and for a level between the branch
    /// and the sub-branches, which no tag names (<see cref="KpiInScope"/> lists its sub-branches instead).
    /// </summary>
    public static string? LevelTag(OrgLevel level) =>
        level.IsRoot ? null : level.IsLeaf ? "unit" : level == level.Catalogue.Outlet ? "subbranch" : level.Depth == 1 ? "branch" : null;

    public static string KpiInScope(Kpi kpi, OrgUnit scope)
    {
        var where = $"\"kpi\" = {Literal(kpi.Code)}";
        if (LevelTag(scope.Level) is { } tag)
        {
            return $"{where} AND {Identifier(tag)} = {Literal(scope.Code)}";
        }

        return scope.Level.IsRoot ? where
            : $"{where} AND ({string.Join(" OR ", scope.DescendantsAt(scope.Level.Catalogue.Outlet).Select(u => $"\"subbranch\" = {Literal(u.Code)}").DefaultIfEmpty("\"unit\" = ''"))})";
    }

    /// <summary>
    /// Events with from ≤ event time &lt; to. Point timestamps are the event time truncated to the second (plus
    /// the Seq in nanoseconds), so whole-second bounds are exact on <c>time</c> alone and use the index; a bound
    /// with milliseconds widens to the second and adds a filter on the exact event time field <c>t</c>.
    /// </summary>
    public static string TimeRange(DateTimeOffset from, DateTimeOffset to)
    {
        long fromMs = from.ToUnixTimeMilliseconds(), toMs = to.ToUnixTimeMilliseconds();
        var range = string.Create(CultureInfo.InvariantCulture,
            $"time >= {PointIdentity.FloorSeconds(fromMs) * 1_000_000_000} AND time < {PointIdentity.CeilSeconds(toMs) * 1_000_000_000}");
        if (fromMs % 1000 != 0)
        {
            range += string.Create(CultureInfo.InvariantCulture, $" AND \"t\" >= {fromMs}");
        }

        if (toMs % 1000 != 0)
        {
            range += string.Create(CultureInfo.InvariantCulture, $" AND \"t\" < {toMs}");
        }

        return range;
    }

    /// <summary>The tz() clause that aligns GROUP BY time buckets to local midnight.</summary>
    public static string TimeZoneClause(TimeZoneInfo zone)
    {
        var iana = zone.HasIanaId ? zone.Id
            : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var converted) ? converted
            : throw new ArgumentException($"time zone '{zone.Id}' has no IANA name for InfluxQL tz()", nameof(zone));
        return $"tz({Literal(iana)})";
    }
}
