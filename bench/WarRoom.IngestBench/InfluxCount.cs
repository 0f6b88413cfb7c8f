using System.Globalization;
using System.Text.Json;

namespace WarRoom.IngestBench;

/// <summary>Asks influxd itself how many points a database holds.</summary>
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

    /// <summary>
    /// Everything acknowledged must be in influxd: a spooled batch shows up only after its drain, so this waits a
    /// little, then reports a shortfall instead of hiding it (influxd 1.6 has been seen to lose points it answered
    /// 204 for, see docs/benchmarks.md).
    /// </summary>
    public static async Task ExpectAsync(string url, string database, long expected)
    {
        long points = 0;
        for (var second = 0; second <= 30; second++)
        {
            points = await PointsAsync(url, database);
            if (points == expected)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {database}: influxd holds all {expected:N0} points{(second > 0 ? $" ({second} s after the last answer)" : "")}"));
                return;
            }

            await Task.Delay(1000);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {database}: influxd holds {points:N0} points, expected {expected:N0}: {expected - points:N0} MISSING"));
    }

    /// <summary>
    /// Drops a measured database, so that the rounds after it do not share influxd's memory, index and background
    /// compactions with it: without this, influxd's cost per point climbed round after round.
    /// </summary>
    public static async Task DropAsync(string url, string database)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url + "/") };
        using var drop = await http.PostAsync("query", new FormUrlEncodedContent([new("q", $"DROP DATABASE \"{database}\"")]));
        drop.EnsureSuccessStatusCode();
    }
}
