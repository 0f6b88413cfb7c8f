using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Infrastructure.Cluster;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>SignalR over the Redis backplane: a screen on one node hears of a deal another node accepted, once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterBackplaneTests(ClusterFixture cluster)
{
    [ClusterFact]
    public async Task A_screen_on_node_B_gets_the_deal_posted_to_node_A_exactly_once()
    {
        var deals = Channel.CreateUnbounded<JsonElement>();
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(cluster.Address(1), BoardHubContract.HubPath), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(WarRoomAppFactory.KioskToken);
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        screen.On<JsonElement>(BoardHubContract.DealAnnounced, d => deals.Writer.TryWrite(d));
        await screen.StartAsync();
        await screen.InvokeAsync<JsonElement>("Subscribe", "hq");

        var id = "backplane-" + Guid.NewGuid().ToString("N");
        using var nodeA = IngestTo(cluster.Address(0));
        var answer = await PostAsync(nodeA, Event(id, time: "2027-02-22T09:45:00+08:00", unit: "M00002", kpi: "deposit_new", value: 900));
        Assert.Equal(1, answer["accepted"]!.GetValue<int>());

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var deal = await deals.Reader.ReadAsync(wait.Token);
        Assert.Equal(id, deal.GetProperty("id").GetString());
        Assert.Equal("M00002", deal.GetProperty("manager").GetProperty("code").GetString());

        // Node B applies the batch from the stream too; it must not announce it a second time.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(deals.Reader.TryRead(out var again), $"announced twice: {again}");
    }

    internal static HttpClient IngestTo(Uri node)
    {
        var client = new HttpClient { BaseAddress = node };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.IngestKey);
        return client;
    }
}
