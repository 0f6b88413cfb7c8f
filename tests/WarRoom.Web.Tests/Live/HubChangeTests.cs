using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Live.Boards;
using WarRoom.Web.Live.Boards.Payloads;
using WarRoom.Web.Live.Guidance;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live;

/// <summary>Screens follow what changes besides figures: a board file edited on disk, and the guidance.</summary>
public sealed class HubChangeTests(HubChangeTests.Server server) : IClassFixture<HubChangeTests.Server>
{
    /// <summary>The live server over a temporary dashboards folder, with guidance the test decides.</summary>
    public sealed class Server() : LiveServer(
        new Dictionary<string, string?> { ["WarRoom:Dashboards"] = Folder },
        services => services.AddSingleton<IBoardGuidance>(Guidance))
    {
        public static readonly string Folder = TestDashboards.Create();
        public static readonly ScriptedGuidance Guidance = new();
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
        await using var client = await server.ConnectAsync(WarRoomAppFactory.KioskToken);
        await client.InvokeAsync("Subscribe", "hq");
        await client.NextAsync(BoardHubContract.BoardUpdated, TimeSpan.FromSeconds(5)); // the resync after subscribing

        Server.Guidance.Items = [Entry("BR04", "critical"), Entry("BR09", "warn"), Entry("BR07", "info")];
        await server.PostAsync(Event("guidance-1", unit: "M00003", kpi: "fund_sales", value: 5)); // new data: guidance is looked at again

        var update = await client.NextAsync(BoardHubContract.GuidanceUpdated, TimeSpan.FromSeconds(10));
        Assert.Equal("HQ", update.GetProperty("scope").GetString());
        Assert.Equal(["BR04", "BR09", "BR07"], update.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()!));

        // The overview panel shows warn and above, at most 3; the situation page's panel everything, at most 7.
        var state = await client.InvokeAsync("Subscribe", "hq");
        Assert.Equal(["BR04", "BR09"], Units(state, "guidance"));
        Assert.Equal(["BR04", "BR09", "BR07"], Units(state, "guidance-all"));
    }

    private static IEnumerable<string> Units(JsonElement payload, string widget) =>
        payload.GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("widgets"))
            .Where(w => w.TryGetProperty(widget, out _))
            .SelectMany(w => w.GetProperty(widget).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()!));

    private static GuidanceEntry Entry(string unit, string severity) => new()
    {
        Unit = unit,
        UnitName = new LocalizedText(unit, unit),
        Kind = "pace_lag",
        Severity = severity,
        Message = new LocalizedText($"{unit} 落后", $"{unit} behind"),
    };

    /// <summary>Guidance for the whole bank as the test sets it (most severe first, as the engine's contract says).</summary>
    public sealed class ScriptedGuidance : IBoardGuidance
    {
        public volatile IReadOnlyList<GuidanceEntry> Items = [];

        public IReadOnlyList<GuidanceEntry> For(OrgUnit scope, DateTimeOffset now) => scope.Level == OrgLevel.Hq ? Items : [];
    }
}
