using System.Text.Json;

namespace WarRoom.IngestBench;

/// <summary>influxd's own counters from /debug/vars: how many /write requests it served, and how many points.</summary>
internal static class InfluxdStats
{
    public static async Task<(long Requests, long Points)> WritesAsync(string url)
    {
        using var http = new HttpClient();
        using var json = JsonDocument.Parse(await http.GetStringAsync(url + "/debug/vars"));
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("name", out var name) && name.GetString() == "httpd")
            {
                var values = entry.Value.GetProperty("values");
                return (values.GetProperty("writeReq").GetInt64(), values.GetProperty("pointsWrittenOK").GetInt64());
            }
        }

        return (0, 0);
    }
}
