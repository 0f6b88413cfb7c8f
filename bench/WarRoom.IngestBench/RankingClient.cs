using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace WarRoom.IngestBench;

/// <summary>GET /api/v1/rankings over one keep-alive connection with the bench's reader token.</summary>
internal sealed class RankingClient : IDisposable
{
    private readonly HttpClient http;

    public RankingClient(Uri address)
    {
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AppSettings.ReaderToken);
    }

    /// <summary>The rows (unit, value, score) of one ranking and how long the request took end to end.</summary>
    public async Task<(List<(string Unit, double? Value, double? Score)> Rows, double Ms)> GetAsync(string query)
    {
        var (rows, ms, _) = await GetTimedAsync(query);
        return (rows, ms);
    }

    /// <summary><see cref="GetAsync"/> and the app's Server-Timing figures (ms by name).</summary>
    public async Task<(List<(string Unit, double? Value, double? Score)> Rows, double Ms, Dictionary<string, double> Server)> GetTimedAsync(string query)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync("/api/v1/rankings?" + query);
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"rankings?{query} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        using var json = JsonDocument.Parse(body);
        var rows = json.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("unit").GetString()!, Number(i, "value"), Number(i, "score"))).ToList();
        return (rows, ms, ServerTiming(response));
    }

    /// <summary>"handler;dur=1.2, lock;dur=0.0, …" → name → dur (ms); empty when the app sends none.</summary>
    private Dictionary<string, double> ServerTiming(HttpResponseMessage response)
    {
        var figures = new Dictionary<string, double>();
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return figures;
        }

        LastServerTiming = string.Join(", ", values);
        foreach (var metric in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            var dur = parts.FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
            if (dur is not null && double.TryParse(dur[4..], System.Globalization.CultureInfo.InvariantCulture, out var ms))
            {
                figures[parts[0]] = ms;
            }
        }

        return figures;
    }

    /// <summary>The last answer's Server-Timing header as sent (its descriptions say which GC ran last).</summary>
    public string? LastServerTiming { get; private set; }

    public void Dispose() => http.Dispose();

    private static double? Number(JsonElement item, string name) =>
        item.GetProperty(name).ValueKind == JsonValueKind.Number ? item.GetProperty(name).GetDouble() : null;
}
