using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>
/// The app on a real socket with a campaign's worth of simulated history (the simulator's deterministic back-fill
/// up to the frozen test clock, then almost no live traffic), and Debian's Chromium driven by Playwright. Where
/// Chromium is missing (and not required) the browser stays unstarted and the tests skip.
/// </summary>
public sealed class BrowserServer() : LiveServer(new Dictionary<string, string?>
{
    ["WarRoom:Simulator:Enabled"] = "true",
    ["WarRoom:Simulator:BackfillEventsPerWorkingDay"] = "600",
    ["WarRoom:Simulator:EventsPerSecond"] = "0.1",
    ["WarRoom:Dashboards"] = TestDashboards.Create(),
}), IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(ChromiumLocator.SkipReason ?? "the browser did not start");

    /// <summary>Where screenshots go: artifacts/screenshots/ under the repository (git-ignored).</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(Boards.TestBank.RepoRoot(), "artifacts", "screenshots")).FullName;

    async Task IAsyncLifetime.InitializeAsync()
    {
        if (ChromiumLocator.SkipReason is not null)
        {
            return;
        }

        await InitializeAsync();
        await WaitForBackfillAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.RequirePath(),
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await DisposeAsync();
    }

    public string BoardUrl(string boardId, string token = WarRoomAppFactory.KioskToken, string? query = null) =>
        new Uri(Address, $"/boards/{boardId}?token={Uri.EscapeDataString(token)}{(query is null ? "" : "&" + query)}").ToString();

    /// <summary>The back-fill runs in the background after start; wait until it has reached the frozen "now".</summary>
    private async Task WaitForBackfillAsync()
    {
        using var client = Client(WarRoomAppFactory.LeaderToken);
        for (var i = 0; i < 1200; i++)
        {
            var unit = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/HQ");
            if (unit.TryGetProperty("lastEventTime", out var last) && last.ValueKind == JsonValueKind.String &&
                last.GetDateTimeOffset() >= WarRoomAppFactory.Now.AddHours(-3))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the simulator's back-fill did not reach the test clock");
    }
}
