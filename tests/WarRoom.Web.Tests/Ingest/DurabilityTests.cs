using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>An acknowledged event is never lost and never counted twice: across a restart and a SIGKILL.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task Events_are_counted_exactly_once_across_a_restart()
    {
        var ids = Enumerable.Range(0, 50).Select(i => $"restart-{i}").ToArray();
        using var temp = new TempDirectory();
        var directory = temp.Path;
        await using (var first = WarRoomAppFactory.With(directory))
        {
            await first.WaitUntilReadyAsync();
            var answer = await PostAsync(first.ClientWith(WarRoomAppFactory.IngestKey), [.. ids.Select(id => (JsonNode)Event(id))]);
            Assert.Equal(50, answer["accepted"]!.GetValue<int>());
        }

        await using var second = WarRoomAppFactory.With(directory);
        await second.WaitUntilReadyAsync();
        var again = await PostAsync(second.ClientWith(WarRoomAppFactory.IngestKey), [.. ids.Select(id => (JsonNode)Event(id)), Event("restart-new")]);

        Assert.Equal(1, again["accepted"]!.GetValue<int>());
        Assert.Equal(50, again["duplicates"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_acknowledged_event_survives_a_SIGKILL_right_after_its_acknowledgement()
    {
        var directory = Directory.CreateTempSubdirectory("warroom-kill-").FullName;
        var settings = WarRoomAppFactory.DefaultSettings(directory);
        var acknowledged = new ConcurrentBag<string>();

        await using (var server = await WarRoomProcess.StartAsync(settings))
        {
            using var client = Client(server);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 4).Select(s => Task.Run(async () =>
            {
                for (var batch = 0; !stop.IsCancellationRequested; batch++)
                {
                    var ids = Enumerable.Range(0, 500).Select(i => $"kill-{s}-{batch}-{i}").ToArray();
                    try
                    {
                        var response = await client.PostAsync("/api/v1/events", Batch([.. ids.Select(id => (JsonNode)Event(id))]));
                        if (response.IsSuccessStatusCode && (await AnswerAsync(response))["accepted"]!.GetValue<int>() == ids.Length)
                        {
                            foreach (var id in ids)
                            {
                                acknowledged.Add(id);
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToArray();

            while (acknowledged.Count < 20_000)
            {
                await Task.Delay(10);
            }

            server.Kill();
            stop.Cancel();
            await Task.WhenAll(senders);
        }

        await using var restarted = await WarRoomProcess.StartAsync(settings);
        using var again = Client(restarted);
        var all = acknowledged.ToArray();
        var duplicates = 0;
        foreach (var chunk in all.Chunk(5_000))
        {
            var answer = await PostAsync(again, [.. chunk.Select(id => (JsonNode)Event(id))]);
            duplicates += answer["duplicates"]!.GetValue<int>();
        }

        Assert.Equal(all.Length, duplicates);
    }

    private static HttpClient Client(WarRoomProcess server)
    {
        var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.IngestKey);
        return client;
    }
}
