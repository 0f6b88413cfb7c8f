using System.Diagnostics;
using System.Text.Json;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>
/// A room bigger than one tick's share of the update budget gets a board update slice by slice across its window,
/// not all at once (so a 喜报 sent meanwhile finds most sockets idle), and every screen still gets it.
/// </summary>
public sealed class HubSliceTests(HubSliceTests.Server server) : IClassFixture<HubSliceTests.Server>
{
    private const int Screens = 48;

    /// <summary>100 screen updates a second: a 50 ms board look may push 5 screens, less than two slices of 48 screens.</summary>
    public sealed class Server() : LiveServer(new Dictionary<string, string?> { ["WarRoom:Live:ScreenUpdatesPerSecond"] = "100" });

    [Fact]
    public async Task A_board_update_reaches_every_screen_in_turns_across_the_window()
    {
        var clients = new List<HubClient>();
        try
        {
            for (var i = 0; i < Screens; i++)
            {
                var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
                clients.Add(client);
                await client.InvokeAsync("Subscribe", "hq");
            }

            // The complete resync each screen gets after subscribing, then quiet.
            foreach (var client in clients)
            {
                await client.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(20));
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var client in clients)
            {
                while (client.Pushes.TryRead(out _))
                {
                }
            }

            await server.PostAsync(Event("slice-1", unit: "M00001", value: 1));
            var arrivals = await Task.WhenAll(clients.Select(async c =>
            {
                var update = await c.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(20));
                var at = Stopwatch.GetTimestamp();
                Assert.False(update.GetProperty("complete").GetBoolean());
                Assert.True(Totals(update).ValueKind == JsonValueKind.Object, "the update carries the bank's totals");
                return at;
            }));

            // 48 screens fall into most of the 16 slices; at most one slice a 50 ms look, so the last screen gets
            // the update several hundred milliseconds after the first (all at once would be a few milliseconds).
            var spread = Stopwatch.GetElapsedTime(arrivals.Min(), arrivals.Max());
            Assert.True(spread >= TimeSpan.FromMilliseconds(300), $"all {Screens} screens got the update within {spread.TotalMilliseconds:F0} ms");
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private static JsonElement Totals(JsonElement payload) =>
        payload.GetProperty("frames").EnumerateArray().First(f => f.GetProperty("page").GetInt32() == 0).GetProperty("widgets").GetProperty("totals");
}
