using Microsoft.Data.Sqlite;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// The WHERE clause that selects one KPI inside one unit's subtree as a prefix of the covering index
/// (kpi, branch, subbranch, time_ms, unit, value), plus its parameters.
/// </summary>
internal static class SqliteScope
{
    public static string Predicate(SqliteCommand command, SqliteCodeMap codes, Kpi kpi, OrgUnit scope)
    {
        command.Parameters.AddWithValue("$kpi", codes.KpiId[kpi.Index]);
        var sql = "kpi = $kpi";
        if (scope.Level.IsRoot)
        {
            return sql;
        }

        // IS rather than = so a missing ancestor (NULL) still matches; SQLite uses the index for IS as for =.
        command.Parameters.AddWithValue("$branch", (object?)codes.BranchId[scope.Index] ?? DBNull.Value);
        sql += " AND branch IS $branch";
        if (scope.Level.Depth == 1)
        {
            return sql;
        }

        var outlets = scope.Level.Catalogue.Outlet;
        if (scope.Level < outlets)
        {
            // A level between the branch and the sub-branches (二级分行 of a national tree): its sub-branches by id.
            var ids = scope.DescendantsAt(outlets).Select(u => codes.SubBranchId[u.Index]).ToList();
            return ids.Count == 0 ? sql + " AND 0" : sql + $" AND subbranch IN ({string.Join(',', ids)})";
        }

        command.Parameters.AddWithValue("$subbranch", (object?)codes.SubBranchId[scope.Index] ?? DBNull.Value);
        sql += " AND subbranch IS $subbranch";
        if (scope.Level == outlets)
        {
            return sql;
        }

        command.Parameters.AddWithValue("$unit", codes.UnitId[scope.Index]);
        return sql + " AND unit = $unit";
    }

    public static string TimeRange(SqliteCommand command, string fromName, long fromMs, long toMs)
    {
        command.Parameters.AddWithValue(fromName, fromMs);
        command.Parameters.AddWithValue("$to", toMs);
        return $"time_ms >= {fromName} AND time_ms < $to";
    }
}
