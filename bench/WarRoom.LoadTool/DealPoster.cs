using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace WarRoom.LoadTool;

/// <summary>
/// Posts one big deal at a time over HTTP at a steady rate (each POST started on schedule, not after the previous
/// answer), stamping each with the moment its request went out.
/// </summary>
internal sealed class DealPoster(HttpClient ingest, string runId)
{
    private int next;

    /// <summary>Deal id → Stopwatch ticks when its POST started.</summary>
    public ConcurrentDictionary<string, long> Sent { get; } = new(StringComparer.Ordinal);

    /// <summary>Deal id → how long its POST took to be answered (the deal durable in the store), in milliseconds.</summary>
    public ConcurrentDictionary<string, double> AnsweredById { get; } = new(StringComparer.Ordinal);

    public IEnumerable<double> Answered => AnsweredById.Values;

    public int Failed => failed;

    private int failed;

    public async Task PostAsync(double perSecond, TimeSpan duration)
    {
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var posts = new List<Task>();
        var started = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(interval);
        while (started.Elapsed < duration && await timer.WaitForNextTickAsync())
        {
            posts.Add(PostOneAsync());
        }

        await Task.WhenAll(posts);
    }

    private async Task PostOneAsync()
    {
        var n = Interlocked.Increment(ref next);
        var id = $"load-{runId}-{n}";
        // Managers across the bank, deposits between 600 and 2,000 万元: every one a 喜报 (threshold 500).
        var unit = $"M{1 + (n * 37 % 1500):00000}";
        var value = (600 + (n * 131 % 1400)).ToString(CultureInfo.InvariantCulture);
        var body = $$"""{"events":[{"id":"{{id}}","time":"2027-02-22T09:59:00+08:00","unit":"{{unit}}","kpi":"deposit_new","value":{{value}}}]}""";
        Sent[id] = Stopwatch.GetTimestamp();
        try
        {
            using var response = await ingest.PostAsync("/api/v1/events", new StringContent(body, Encoding.UTF8, "application/json"));
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failed);
            }

            AnsweredById[id] = Stopwatch.GetElapsedTime(Sent[id]).TotalMilliseconds;
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failed);
        }
    }
}
