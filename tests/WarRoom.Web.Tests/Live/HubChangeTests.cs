using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>Screens follow what changes besides figures: a board file edited on disk, and the guidance.</summary>
public sealed class HubChangeTests(HubChangeTests.Server server) : IClassFixture<HubChangeTests.Server>
{
    /// <summary>
    /// The live server over a temporary dashboards folder. Screens get guidance at most ScreenMaxAge (5 s) old and
    /// look again at least every refresh interval: a short one bounds how long a change can wait for its push.
    /// </summary>
    public sealed class Server() : LiveServer(new Dictionary<string, string?>
    {
        ["WarRoom:Dashboards"] = Folder,
        ["WarRoom:Live:RefreshInterval"] = "00:00:02",
    })
    {
        public static readonly string Folder = TestDashboards.Create();
    }

    [Fact]
    public async Task Editing_a_board_file_tells_its_screens_to_reload()
    {
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "br02");

        await File.WriteAllTextAsync(Path.Combine(Server.Folder, "br02.json"), TestDashboards.Br02Board.Replace("上海分行作战室", "上海分行指挥室", StringComparison.Ordinal));

        var reloaded = await client.NextAsync(BoardHubContract.BoardReloaded, TimeSpan.FromSeconds(10));
        Assert.Equal("br02", reloaded.GetString());
    }

    [Fact]
    public async Task Changed_guidance_is_pushed_to_the_boards_showing_its_scope_and_panels_keep_their_own_limits()
    {
        var guidance = server.Services.GetRequiredService<GuidanceCache>();
        var org = server.Services.GetRequiredService<OrgTree>();
        var hq = org.Find("HQ")!;
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "hq");
        await client.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(5)); // the resync after subscribing

        // A big sale under the unit the HQ board lists first moves that unit's figures, and so its guidance.
        var first = guidance.ForScreens(hq).First();
        var manager = first.Unit.Level == OrgLevel.Manager ? first.Unit : org.UnitsAt(OrgLevel.Manager, first.Unit).First();
        await server.PostAsync(Event("guidance-1", unit: manager.Code, kpi: first.Kpi?.Code ?? "fund_sales", value: 5000));

        var update = await client.NextAsync(BoardHubContract.GuidanceUpdated, TimeSpan.FromSeconds(10));
        var now = guidance.ForScreens(hq).ToList();
        Assert.Equal("HQ", update.GetProperty("scope").GetString());
        Assert.Equal(now.Take(7).Select(i => i.Unit.Code), update.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()!));

        // The overview panel shows warn and above, at most 3; the situation page's panel everything, at most 7.
        var state = await client.InvokeAsync("Subscribe", "hq");
        Assert.Equal(now.Where(i => i.Severity <= Core.Guidance.GuidanceSeverity.Warn).Take(3).Select(i => i.Unit.Code), Units(state, "guidance"));
        Assert.Equal(now.Take(7).Select(i => i.Unit.Code), Units(state, "guidance-all"));
    }

    private static IEnumerable<string> Units(JsonElement payload, string widget) =>
        payload.GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("widgets"))
            .Where(w => w.TryGetProperty(widget, out _))
            .SelectMany(w => w.GetProperty(widget).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()!));
}
