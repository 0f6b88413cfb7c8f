using System.Text.Json;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>Subscribing over a real WebSocket: the state comes back at once, complete, and stays live.</summary>
public sealed class HubSubscribeTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Subscribe_returns_every_frame_and_widget_of_the_board_at_once()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);

        var payload = await client.InvokeAsync("Subscribe", "deposits");

        Assert.Equal("deposits", payload.GetProperty("boardId").GetString());
        Assert.True(payload.GetProperty("complete").GetBoolean());
        var frames = payload.GetProperty("frames").EnumerateArray().ToList();
        // Page 0 once, page 1 once per branch (12), in the org tree's order.
        Assert.Equal(13, frames.Count);
        Assert.Equal(["BR01", "BR02", "BR03"], frames.Skip(1).Take(3).Select(f => f.GetProperty("unit").GetString()!));
        Assert.Equal("北京分行", frames[1].GetProperty("unitName").GetProperty("zh").GetString());
        Assert.Equal(
            ["deposit-deals", "deposit-gauge", "deposit-managers", "deposit-race", "deposit-trend"],
            frames[0].GetProperty("widgets").EnumerateObject().Select(w => w.Name).Order(StringComparer.Ordinal));
        var race = frames[0].GetProperty("widgets").GetProperty("deposit-race");
        Assert.Equal("barRace", race.GetProperty("type").GetString());
        Assert.Equal(12, race.GetProperty("rows").GetArrayLength());
        var trend = frames[0].GetProperty("widgets").GetProperty("deposit-trend");
        Assert.Equal(91, trend.GetProperty("targetLine").GetArrayLength());
        // Points as [epoch ms, value]: the target line starts at 0 at the campaign's first instant and ends at the target.
        var first = trend.GetProperty("targetLine")[0];
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(), first[0].GetInt64());
        Assert.Equal(0, first[1].GetDouble());
        var last = trend.GetProperty("targetLine")[90];
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(), last[0].GetInt64());
        Assert.Equal(trend.GetProperty("target").GetDouble(), last[1].GetDouble());
        Assert.All(trend.GetProperty("actual").EnumerateArray(), point => Assert.Equal(2, point.GetArrayLength()));
    }

    [Fact]
    public async Task A_complete_state_follows_the_reply_and_later_pushes_carry_only_what_changed()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "hq");

        // One push interval after subscribing, the whole state again (so a push that overtook the reply cannot
        // leave the screen behind).
        var resync = await client.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(5));
        Assert.True(resync.GetProperty("complete").GetBoolean());
        Assert.Equal(3, resync.GetProperty("frames").GetArrayLength());

        await server.PostAsync(Event("subscribe-partial-1", unit: "M00001", kpi: "fund_sales", value: 290));
        var update = await client.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(5));

        Assert.False(update.GetProperty("complete").GetBoolean());
        var widgets = update.GetProperty("frames").EnumerateArray().SelectMany(f => f.GetProperty("widgets").EnumerateObject().Select(w => w.Name)).ToList();
        Assert.Contains("totals", widgets);
        Assert.Contains("branch-board", widgets);
        Assert.DoesNotContain("countdown", widgets); // nothing about it changed
        Assert.DoesNotContain("deposit-race", widgets); // fund sales, not deposits
    }

    [Fact]
    public async Task SubscribeUnit_returns_the_unit_and_pushes_it_when_its_figures_move()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        var unit = await client.InvokeAsync("SubscribeUnit", "SB0101");
        Assert.Equal("SB0101", unit.GetProperty("unit").GetProperty("code").GetString());
        var before = FundSales(unit);
        await client.NextAsync("unitUpdated", TimeSpan.FromSeconds(5));

        await server.PostAsync(Event("subscribe-unit-1", unit: "M00001", kpi: "fund_sales", value: 7));
        var pushed = await client.NextAsync("unitUpdated", TimeSpan.FromSeconds(5));

        Assert.Equal(before + 7, FundSales(pushed), 6);
    }

    [Fact]
    public async Task A_load_client_can_count_board_updates_without_reading_them()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        client.CountOnly(BoardHubContract.BoardUpdated);
        await client.InvokeAsync("Subscribe", "hq");
        await CountedAsync(client, 1); // the resync after subscribing

        await server.PostAsync(Event("count-only-1", time: "2027-02-22T09:59:30+08:00", unit: "M00004", kpi: "deposit_new", value: 700));
        var deal = await client.NextAsync(BoardHubContract.DealAnnounced, TimeSpan.FromSeconds(5));
        await CountedAsync(client, 2); // the deal's board update

        Assert.Equal("count-only-1", deal.GetProperty("id").GetString());
        Assert.True(client.Skipped[BoardHubContract.BoardUpdated].Bytes > 1000);
        Assert.False(client.Pushes.TryPeek(out var pending) && pending.Target == BoardHubContract.BoardUpdated);
    }

    [Fact]
    public async Task Unsubscribe_leaves_the_group()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "branch");
        Assert.True((await client.InvokeAsync("Unsubscribe", "branch")).GetBoolean());
        Assert.False((await client.InvokeAsync("Unsubscribe", "branch")).GetBoolean());
    }

    [Fact]
    public async Task An_unknown_board_is_a_404_hub_error()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        var error = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => client.InvokeAsync("Subscribe", "nope"));
        Assert.Contains("HubException: 404 not found", error.Message, StringComparison.Ordinal);
    }

    private static async Task CountedAsync(HubClient client, long messages)
    {
        for (var i = 0; i < 100 && !(client.Skipped.TryGetValue(BoardHubContract.BoardUpdated, out var seen) && seen.Messages >= messages); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(client.Skipped[BoardHubContract.BoardUpdated].Messages >= messages, $"fewer than {messages} board updates counted");
    }

    private static double FundSales(JsonElement unit) =>
        unit.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "fund_sales").GetProperty("value").GetDouble();
}
