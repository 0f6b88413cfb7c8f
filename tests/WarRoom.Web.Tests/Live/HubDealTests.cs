using WarRoom.Web.Features.Boards;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>喜报: a big deal posted over HTTP is announced at once, naming the manager and never the customer.</summary>
public sealed class HubDealTests(HubDealTests.Server server) : IClassFixture<HubDealTests.Server>
{
    /// <summary>The live server with the test dashboards (the shipped boards and the BR02 board).</summary>
    public sealed class Server() : LiveServer(new Dictionary<string, string?> { ["WarRoom:Dashboards"] = TestDashboards.Create() });

    private static readonly string[] DealFields = ["id", "time", "kpi", "kpiName", "unit", "amount", "manager", "subBranch", "branch"];

    [Fact]
    public async Task A_big_deal_is_announced_with_manager_and_branch_and_without_the_customer()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "hq");

        // Source systems may send more than the contract asks; a customer must still never reach a screen.
        var deal = Event("deal-big-1", time: "2027-02-22T09:45:00+08:00", unit: "M00001", kpi: "deposit_new", value: 800);
        deal["customer"] = "王小明";
        deal["customerId"] = "C-110101199001011234";
        await server.PostAsync(deal);
        var announced = await client.NextAsync(BoardHubContract.DealAnnounced, TimeSpan.FromSeconds(5));

        Assert.Equal("deal-big-1", announced.GetProperty("id").GetString());
        Assert.Equal("deposit_new", announced.GetProperty("kpi").GetString());
        Assert.Equal(800, announced.GetProperty("amount").GetDouble());
        Assert.Equal("万元", announced.GetProperty("unit").GetString());
        Assert.Equal("M00001", announced.GetProperty("manager").GetProperty("code").GetString());
        Assert.Equal("贺雅薇", announced.GetProperty("manager").GetProperty("name").GetString());
        Assert.Equal("SB0101", announced.GetProperty("subBranch").GetProperty("code").GetString());
        Assert.Equal("BR01", announced.GetProperty("branch").GetProperty("code").GetString());
        Assert.Equal(DateTimeOffset.Parse("2027-02-22T09:45:00+08:00"), announced.GetProperty("time").GetDateTimeOffset());
        Assert.All(announced.EnumerateObject(), p => Assert.Contains(p.Name, DealFields));
        Assert.DoesNotContain("王小明", announced.GetRawText());
        Assert.DoesNotContain("C-110101", announced.GetRawText());

        // The ticker holds it too, for screens that subscribe later.
        await using var later = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        var state = await later.InvokeAsync("Subscribe", "hq");
        var ticker = state.GetProperty("frames")[0].GetProperty("widgets").GetProperty("deals").GetProperty("deals");
        Assert.Equal("deal-big-1", ticker[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Small_events_and_readings_of_a_level_are_not_deals()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "hq");

        // Below the deposit threshold (500), and an MAU reading far above its threshold: a level, not a sale.
        await server.PostAsync(
            Event("deal-small-1", unit: "M00002", kpi: "deposit_new", value: 499.99),
            Event("deal-level-1", unit: "M00002", kpi: "mobile_mau", value: 50_000));
        await server.PostAsync(Event("deal-marker-1", unit: "M00002", kpi: "inclusive_loans", value: 500));

        // Announcements keep acceptance order: the first one to arrive must be the marker.
        var first = await client.NextAsync(BoardHubContract.DealAnnounced, TimeSpan.FromSeconds(5));
        Assert.Equal("deal-marker-1", first.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_deal_is_announced_only_on_boards_whose_scope_holds_it()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "br02");

        // M00001 sits in 北京分行 (BR01), M00163 in 上海分行 (BR02): only the second belongs on the BR02 board.
        await server.PostAsync(Event("deal-br01-1", unit: "M00001", kpi: "deposit_new", value: 900));
        await server.PostAsync(Event("deal-br02-1", unit: "M00163", kpi: "deposit_new", value: 900));

        var first = await client.NextAsync(BoardHubContract.DealAnnounced, TimeSpan.FromSeconds(5));
        Assert.Equal("deal-br02-1", first.GetProperty("id").GetString());
        Assert.Equal("BR02", first.GetProperty("branch").GetProperty("code").GetString());
    }
}
