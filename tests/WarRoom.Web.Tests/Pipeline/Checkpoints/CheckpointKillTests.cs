using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Checkpoints;

/// <summary>
/// A real process writing a checkpoint every second under steady ingest is SIGKILLed — whenever that falls, mid-
/// write included. The restart loads the newest whole checkpoint and the store's tail: every acknowledged event is
/// known (all duplicates when resent), and the figures are those of a full rebuild, none lost or counted twice.
/// </summary>
public sealed class CheckpointKillTests
{
    [Fact]
    public async Task A_SIGKILL_under_ingest_and_checkpoints_loses_and_doubles_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("warroom-checkpoint-kill-").FullName;
        var settings = WarRoomAppFactory.DefaultSettings(directory);
        settings["WarRoom:Checkpoints:Interval"] = "00:00:01";
        var acknowledged = new ConcurrentBag<string>();
        await using (var server = await WarRoomProcess.StartAsync(settings))
        {
            using var client = Client(server);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 3).Select(s => Task.Run(async () =>
            {
                for (var batch = 0; !stop.IsCancellationRequested; batch++)
                {
                    var ids = Enumerable.Range(0, 500).Select(i => $"ck-{s}-{batch}-{i}").ToArray();
                    try
                    {
                        var response = await client.PostAsync("/api/v1/events", Batch([.. ids.Select((id, i) => (JsonNode)Event(id, unit: i % 2 == 0 ? "M00001" : "M00002", value: 1 + (i % 7)))]));
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
                        return;
                    }
                }
            })).ToArray();

            // Past a few checkpoints, then killed at an arbitrary moment of the next one's cycle.
            while (acknowledged.Count < 60_000 || Directory.GetFiles(Path.Combine(directory, "checkpoints"), "*.wrc").Length == 0)
            {
                await Task.Delay(10);
            }

            await Task.Delay(Random.Shared.Next(1_000));
            server.Kill();
            stop.Cancel();
            await Task.WhenAll(senders);
        }

        string restartedFigures;
        await using (var restarted = await WarRoomProcess.StartAsync(settings))
        {
            Assert.Contains("Rebuilt from " + Path.Combine(directory, "checkpoints", "checkpoint-"), restarted.Log);
            using var again = Client(restarted);
            using var reader = Client(restarted, WarRoomAppFactory.LeaderToken);
            restartedFigures = await Figures(reader);
            var all = acknowledged.ToArray();
            var duplicates = 0;
            foreach (var chunk in all.Chunk(5_000))
            {
                var answer = await PostAsync(again, [.. chunk.Select(id => (JsonNode)Event(id))]);
                duplicates += answer["duplicates"]!.GetValue<int>();
            }

            Assert.Equal(all.Length, duplicates);
            restarted.Kill();
        }

        await using var full = WarRoomAppFactory.With(directory, new Dictionary<string, string?> { ["WarRoom:Checkpoints:Enabled"] = "false" });
        await full.WaitUntilReadyAsync();
        Assert.Equal(await Figures(full.ClientWith(WarRoomAppFactory.LeaderToken)), restartedFigures);
    }

    private static async Task<string> Figures(HttpClient client)
    {
        var hq = JsonNode.Parse(await client.GetStringAsync("/api/v1/units/HQ"))!;
        var m1 = JsonNode.Parse(await client.GetStringAsync("/api/v1/units/M00001"))!;
        return hq["kpis"]!.ToJsonString() + m1["kpis"]!.ToJsonString();
    }

    private static HttpClient Client(WarRoomProcess server, string token = WarRoomAppFactory.IngestKey)
    {
        var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
