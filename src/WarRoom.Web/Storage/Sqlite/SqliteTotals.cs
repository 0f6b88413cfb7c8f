using Microsoft.Data.Sqlite;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Totals: one figure per booking unit from the covering index (a sum, or the latest reading picked by SQLite's
/// bare-column-with-max rule), then added up to the asked level in code.
/// </summary>
internal static class SqliteTotals
{
    public static IReadOnlyList<UnitTotal> Read(SqliteConnection connection, SqliteCodeMap codes, OrgTree org, TotalsQuery query)
    {
        using var command = Command(connection, codes, query);
        var rollup = new UnitRollup(org, query.Level, query.Scope);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rollup.Add(codes.UnitCode(reader.GetInt64(0)), reader.GetDouble(1));
        }

        return rollup.Build();
    }

    /// <summary>The SQL of a totals query, ready to run (or to EXPLAIN in the tests).</summary>
    internal static SqliteCommand Command(SqliteConnection connection, SqliteCodeMap codes, TotalsQuery query)
    {
        var command = connection.CreateCommand();
        var where = SqliteScope.Predicate(command, codes, query.Kpi, query.Scope) + " AND " +
            SqliteScope.TimeRange(command, "$from", query.From.ToUnixTimeMilliseconds(), query.To.ToUnixTimeMilliseconds());

        // The order key is PointIdentity.OrderKey written out in SQL (time_ms is never negative here).
        var figure = query.Kpi.Aggregation == KpiAggregation.Sum
            ? "total(value)"
            : "value, max((time_ms / 1000) * 1000000000 + seq % 1000000000)";
        command.CommandText = $"SELECT unit, {figure} FROM kpi_event WHERE {where} GROUP BY unit";
        return command;
    }
}
