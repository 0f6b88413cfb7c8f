using Microsoft.Data.Sqlite;
using WarRoom.Core.Kpis;

namespace WarRoom.Web.Storage.Sqlite;

/// <summary>
/// Series: sums are grouped by SQLite into quarter hours (every bucket edge of a real time zone falls on one) and
/// folded into local buckets in code; latest readings come back one per row and carry forward in code.
/// </summary>
internal static class SqliteSeries
{
    private const long QuarterHourMs = 15 * 60 * 1000;

    public static IReadOnlyList<SeriesPoint> Read(SqliteConnection connection, SqliteCodeMap codes, SeriesQuery query)
    {
        var grid = new SeriesGrid(query);
        if (grid.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var where = Where(command, codes, query);
        return query.Kpi.Aggregation == KpiAggregation.Sum
            ? Sums(command, where, grid)
            : Latest(command, where, grid, codes);
    }

    /// <summary>The scope prefix of the covering index, then the time range from the campaign start (parameters added to <paramref name="command"/>).</summary>
    internal static string Where(SqliteCommand command, SqliteCodeMap codes, SeriesQuery query) =>
        SqliteScope.Predicate(command, codes, query.Kpi, query.Unit) + " AND " +
        SqliteScope.TimeRange(command, "$start", query.CampaignStart.ToUnixTimeMilliseconds(), query.To.ToUnixTimeMilliseconds());

    private static IReadOnlyList<SeriesPoint> Sums(SqliteCommand command, string where, SeriesGrid grid)
    {
        var slice = grid.Starts.All(s => s.ToUnixTimeMilliseconds() % QuarterHourMs == 0) ? QuarterHourMs : 1000;
        command.CommandText = $"SELECT time_ms / {slice}, total(value) FROM kpi_event WHERE {where} GROUP BY 1";
        var series = new CumulativeSeries(grid);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            series.Add(reader.GetInt64(0) * slice, reader.GetDouble(1));
        }

        return series.Build();
    }

    private static IReadOnlyList<SeriesPoint> Latest(SqliteCommand command, string where, SeriesGrid grid, SqliteCodeMap codes)
    {
        command.CommandText = $"SELECT unit, time_ms, seq, value FROM kpi_event WHERE {where}";
        var series = new LatestSeries(grid);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var timeMs = reader.GetInt64(1);
            series.Add(codes.UnitCode(reader.GetInt64(0)), timeMs, PointIdentity.OrderKey(timeMs, reader.GetInt64(2)), reader.GetDouble(3));
        }

        return series.Build();
    }
}
