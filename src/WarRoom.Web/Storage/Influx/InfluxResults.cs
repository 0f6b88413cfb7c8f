using System.Text.Json;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// Reading the JSON answer of /query: <c>{"results":[{"statement_id":0,"series":[{"name","tags","columns",
/// "values"}],"error"}],"error"}</c>. Errors may sit at the top or in any one result.
/// </summary>
public static class InfluxResults
{
    public static void ThrowOnError(JsonElement root, string influxQl)
    {
        if (root.TryGetProperty("error", out var top))
        {
            throw new InfluxRequestException($"InfluxQL failed: {top.GetString()} (query: {influxQl})");
        }

        if (!root.TryGetProperty("results", out var results))
        {
            throw new InfluxRequestException($"InfluxDB answered without results (query: {influxQl})");
        }

        foreach (var result in results.EnumerateArray())
        {
            if (result.TryGetProperty("error", out var error))
            {
                throw new InfluxRequestException($"InfluxQL failed: {error.GetString()} (query: {influxQl})");
            }
        }
    }

    /// <summary>The series of one result (none when the statement matched nothing).</summary>
    public static IEnumerable<JsonElement> Series(JsonElement result) =>
        result.TryGetProperty("series", out var series) ? series.EnumerateArray() : [];

    /// <summary>The series of every result of a whole answer.</summary>
    public static IEnumerable<JsonElement> AllSeries(JsonDocument answer) =>
        answer.RootElement.GetProperty("results").EnumerateArray().SelectMany(Series);

    /// <summary>A tag of a series, "" when the series has no such tag (points written without it).</summary>
    public static string Tag(JsonElement series, string name) =>
        series.TryGetProperty("tags", out var tags) && tags.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";

    public static int Column(JsonElement series, string name)
    {
        var i = 0;
        foreach (var column in series.GetProperty("columns").EnumerateArray())
        {
            if (column.ValueEquals(name))
            {
                return i;
            }

            i++;
        }

        throw new InfluxRequestException($"InfluxDB answered without a '{name}' column");
    }

    public static JsonElement.ArrayEnumerator Rows(JsonElement series) => series.GetProperty("values").EnumerateArray();

    /// <summary>A numeric cell; null (a GROUP BY time bucket without points) reads as null.</summary>
    public static double? Number(JsonElement row, int column)
    {
        var cell = row[column];
        return cell.ValueKind == JsonValueKind.Number ? cell.GetDouble() : null;
    }
}
