using System.Text.Json;

namespace WarRoom.IngestBench;

/// <summary>Asks influxd itself how many points (and distinct ids) a database holds.</summary>
internal static class InfluxCount
{
    public static async Task<long> PointsAsync(string url, string database)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
        var query = Uri.EscapeDataString("SELECT count(\"value\") FROM \"kpi_event\"");
        using var json = JsonDocument.Parse(await http.GetStringAsync($"query?db={database}&q={query}"));
        var result = json.RootElement.GetProperty("results")[0];
        return result.TryGetProperty("series", out var series) ? series[0].GetProperty("values")[0][1].GetInt64() : 0;
    }
}
