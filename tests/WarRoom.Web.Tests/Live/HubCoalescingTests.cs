using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Protocol;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>A burst of events is one push per group, not one per event.</summary>
public sealed class HubCoalescingTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_thousand_events_in_100_ms_give_at_most_two_pushes_per_group_and_the_last_holds_them_all()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        var state = await client.InvokeAsync("Subscribe", "hq");
        var unit = await client.InvokeAsync("SubscribeUnit", "HQ");
        var boardBefore = DepositTile(state);
        var unitBefore = DepositValue(unit);
        await DrainUntilQuietAsync(client, TimeSpan.FromMilliseconds(800)); // the complete resyncs after subscribing

        // Ten requests of 100 events, all sent within 100 ms; each event 1 万元 of deposits (below the big-deal mark).
        // On a machine busy enough to stretch the sending itself past 100 ms, the burst is tried again.
        using var http = server.Client(WarRoomAppFactory.IngestKey);
        var sent = false;
        for (var attempt = 0; attempt < 3 && !sent; attempt++)
        {
            var bodies = Enumerable.Range(0, 10).Select(r => Batch([.. Enumerable.Range(0, 100)
                .Select(i => (JsonNode)Event($"burst-{attempt}-{r}-{i}", unit: $"M{1 + ((r * 100) + i) % 1500:00000}", value: 1))])).ToList();
            var started = Stopwatch.StartNew();
            var posts = bodies.Select(b => http.PostAsync("/api/v1/events", b)).ToList();
            sent = started.ElapsedMilliseconds < 100;
            foreach (var response in await Task.WhenAll(posts))
            {
                Assert.Equal(100, (await AnswerAsync(response))["accepted"]!.GetValue<int>());
            }

            if (!sent)
            {
                var late = await DrainUntilQuietAsync(client, TimeSpan.FromMilliseconds(800));
                boardBefore = late.Where(p => p.Target == BoardHubContract.BoardUpdated).Select(Argument).Select(DepositTileOrNull).OfType<double>().Last();
                unitBefore = DepositValue(late.Where(p => p.Target == "unitUpdated").Select(Argument).Last());
            }
        }

        Assert.True(sent, "could not send 1,000 events within 100 ms in three tries (machine too busy)");
        var pushes = await DrainUntilQuietAsync(client, TimeSpan.FromMilliseconds(1500));

        var boardPushes = pushes.Where(p => p.Target == BoardHubContract.BoardUpdated).Select(Argument).ToList();
        var unitPushes = pushes.Where(p => p.Target == "unitUpdated").Select(Argument).ToList();
        Assert.InRange(boardPushes.Count, 1, 2);
        Assert.InRange(unitPushes.Count, 1, 2);
        Assert.DoesNotContain(pushes, p => p.Target == BoardHubContract.DealAnnounced);
        Assert.Equal(boardBefore + 1000, boardPushes.Select(DepositTileOrNull).OfType<double>().Last(), 6);
        Assert.Equal(unitBefore + 1000, DepositValue(unitPushes[^1]), 6);
    }

    private static async Task<List<InvocationMessage>> DrainUntilQuietAsync(HubClient client, TimeSpan quiet)
    {
        var seen = new List<InvocationMessage>();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            using var wait = new CancellationTokenSource(quiet);
            try
            {
                seen.Add(await client.Pushes.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException)
            {
                return seen;
            }
        }

        throw new TimeoutException("pushes never stopped");
    }

    private static JsonElement Argument(InvocationMessage message) => (JsonElement)message.Arguments[0]!;

    private static double DepositTile(JsonElement payload) => DepositTileOrNull(payload) ?? throw new InvalidOperationException("no totals tile");

    /// <summary>The bank's deposit tile in a payload, or null when this (partial) payload does not carry it.</summary>
    private static double? DepositTileOrNull(JsonElement payload)
    {
        foreach (var frame in payload.GetProperty("frames").EnumerateArray())
        {
            if (frame.GetProperty("page").GetInt32() == 0 && frame.GetProperty("widgets").TryGetProperty("totals", out var totals))
            {
                return totals.GetProperty("tiles").EnumerateArray().Single(t => t.GetProperty("kpi").GetString() == "deposit_new").GetProperty("value").GetDouble();
            }
        }

        return null;
    }

    private static double DepositValue(JsonElement unit) =>
        unit.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "deposit_new").GetProperty("value").GetDouble();
}
