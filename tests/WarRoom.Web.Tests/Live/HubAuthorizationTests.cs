using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Live;

/// <summary>The hub takes the API's tokens and answers only inside the caller's scope.</summary>
public sealed class HubAuthorizationTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_connection_without_a_token_is_refused()
    {
        var refused = await Assert.ThrowsAnyAsync<WebSocketException>(() => server.ConnectAsync(null));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_with_an_unknown_token_is_refused()
    {
        var refused = await Assert.ThrowsAnyAsync<WebSocketException>(() => server.ConnectAsync("not-a-real-token-0123456789"));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_key_cannot_open_the_hub()
    {
        // The hub takes its token from ?access_token=, and an ingest key is never taken from a URL: 401, not 403.
        var refused = await Assert.ThrowsAnyAsync<WebSocketException>(() => server.ConnectAsync(WarRoomAppFactory.IngestKey));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_BR01_kiosk_cannot_subscribe_to_the_HQ_board()
    {
        await using var client = await server.ConnectAsync(LiveServer.KioskBr01Token);

        var error = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Subscribe", "hq"));

        Assert.Contains("HubException: 403 forbidden", error.Message, StringComparison.Ordinal);
        Assert.Null(client.CloseError); // refused the subscription, kept the connection
    }

    [Fact]
    public async Task A_reader_of_the_bank_can_subscribe_to_the_HQ_board()
    {
        await using var client = await server.ConnectAsync(LiveServer.ReaderHqToken);

        var payload = await client.InvokeAsync("Subscribe", "hq");

        Assert.Equal("hq", payload.GetProperty("boardId").GetString());
    }

    [Fact]
    public async Task A_BR01_kiosk_may_follow_its_own_units_and_no_others()
    {
        await using var client = await server.ConnectAsync(LiveServer.KioskBr01Token);

        var own = await client.InvokeAsync("SubscribeUnit", "SB0101");
        var other = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("SubscribeUnit", "BR02"));
        var above = await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("SubscribeUnit", "HQ"));

        Assert.Equal("SB0101", own.GetProperty("unit").GetProperty("code").GetString());
        Assert.Contains("HubException: 403 forbidden", other.Message, StringComparison.Ordinal);
        Assert.Contains("HubException: 403 forbidden", above.Message, StringComparison.Ordinal);
    }
}
