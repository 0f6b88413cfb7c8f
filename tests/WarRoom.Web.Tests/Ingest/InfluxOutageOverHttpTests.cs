using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// The whole path under an InfluxDB outage: the app as a child process on the Influx store, clients posting over
/// HTTP while influxd is killed and started again. What was acknowledged is in influxd exactly once, and after
/// an app restart it is known: sent again, every acknowledged id is a duplicate.
/// </summary>
public sealed class InfluxOutageOverHttpTests : IDisposable
{
    private const int Batch = 250;
    private readonly TempDirectory dir = new();
    private readonly ConcurrentDictionary<string, byte> acknowledged = new();
    private readonly string database = InfluxFixture.NewDatabase();
    private Task[] senders = [];

    [InfluxFact]
    public async Task Acknowledged_events_land_in_influxd_exactly_once_across_an_outage_and_are_duplicates_after_a_restart()
    {
        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        var settings = Settings(influxd.Url);

        await using (var app = await WarRoomProcess.StartAsync(settings))
        {
            using var client = Client(app);
            using var stop = new CancellationTokenSource();
            senders = [.. Enumerable.Range(0, 4).Select(s => Task.Run(() => SendUntilAsync(client, s, stop.Token)))];

            await WaitForAcknowledgedAsync(3_000);
            influxd.Stop();
            var beforeOutage = acknowledged.Count;
            await WaitForAcknowledgedAsync(beforeOutage + 3_000);
            await influxd.StartAsync();
            await WaitForAcknowledgedAsync(acknowledged.Count + 3_000);
            stop.Cancel();
            await Task.WhenAll(senders);
            Assert.True(acknowledged.Count >= beforeOutage + 3_000, "events were acknowledged while influxd was down");

            // Acknowledged from the spool during the outage; the drainer brings them to influxd once it is back.
            var ids = await WaitForIdsAsync(influxd.Url);
            Assert.Equal(acknowledged.Count, ids.Count);
            Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
            Assert.Empty(acknowledged.Keys.Except(ids));
        }

        await using var restarted = await WarRoomProcess.StartAsync(settings);
        using var again = Client(restarted);
        var duplicates = 0;
        foreach (var chunk in acknowledged.Keys.Chunk(5_000))
        {
            var answer = await PostAsync(again, [.. chunk.Select(id => (JsonNode)Event(id))]);
            Assert.Equal(0, answer["accepted"]!.GetValue<int>());
            duplicates += answer["duplicates"]!.GetValue<int>();
        }

        Assert.Equal(acknowledged.Count, duplicates);
    }

    public void Dispose() => dir.Dispose();

    private Dictionary<string, string?> Settings(string influxUrl)
    {
        var settings = WarRoomAppFactory.DefaultSettings(dir.Path);
        settings["WarRoom:Store"] = "Influx";
        settings["WarRoom:Influx:Url"] = influxUrl;
        settings["WarRoom:Influx:Database"] = database;
        settings["WarRoom:Influx:SpoolPath"] = dir.File("influx-spool.db");
        settings["WarRoom:Influx:MaxRetries"] = "1";
        settings["WarRoom:Influx:RetryDelay"] = "00:00:00.05";
        settings["WarRoom:Influx:RequestTimeout"] = "00:00:03";
        settings["WarRoom:Influx:DrainMaxDelay"] = "00:00:00.3";
        return settings;
    }

    /// <summary>Posts batches of new ids until stopped; a batch counts once the app answered that it took all of it.</summary>
    private async Task SendUntilAsync(HttpClient client, int sender, CancellationToken stop)
    {
        for (var batch = 0; !stop.IsCancellationRequested; batch++)
        {
            var ids = Enumerable.Range(0, Batch).Select(i => $"outage-{sender}-{batch}-{i}").ToArray();
            var response = await client.PostAsync("/api/v1/events", IngestClient.Batch([.. ids.Select(id => (JsonNode)Event(id))]), CancellationToken.None);
            var answer = await AnswerAsync(response);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {answer}");
            Assert.Equal(Batch, answer["accepted"]!.GetValue<int>());
            foreach (var id in ids)
            {
                acknowledged.TryAdd(id, 0);
            }
        }
    }

    private async Task WaitForAcknowledgedAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (acknowledged.Count < count)
        {
            if (senders.FirstOrDefault(s => s.IsFaulted) is { } failed)
            {
                await failed;
            }

            Assert.True(DateTime.UtcNow < deadline, $"only {acknowledged.Count} of {count} events acknowledged within 90 s");
            await Task.Delay(20);
        }
    }

    /// <summary>Every point's id (one per point), once influxd holds as many as were acknowledged or after 60 s.</summary>
    private async Task<List<string>> WaitForIdsAsync(string url)
    {
        using var http = new InfluxHttp(new InfluxOptions { Url = url, Database = database }, NullLogger.Instance);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var ids = new List<string>();
            await http.QueryChunkedAsync("SELECT \"id\" FROM \"kpi_event\"", 10_000,
                result => ids.AddRange(InfluxResults.Series(result).SelectMany(s => InfluxResults.Rows(s)).Select(row => row[1].GetString()!)),
                CancellationToken.None);
            if (ids.Count >= acknowledged.Count || DateTime.UtcNow > deadline)
            {
                return ids;
            }

            await Task.Delay(200);
        }
    }

    private static HttpClient Client(WarRoomProcess app)
    {
        var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.IngestKey);
        return client;
    }
}
