using System.Diagnostics;
using Microsoft.Playwright;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>The big screens in real Chromium against the real app on a socket.</summary>
public sealed class BoardBrowserTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [ChromiumFact]
    public async Task The_HQ_board_loads_goes_live_and_logs_no_errors()
    {
        await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl("hq"), 1920, 1080);

        // Drawn from the state embedded in the page, then kept by the hub: rows, tiles and bars are on screen.
        Assert.Equal(12, await screen.Page.Locator("[data-widget=branch-board] .lb-row:not(.lb-head)").CountAsync());
        Assert.Equal(5, await screen.Page.Locator("[data-widget=totals] .kpi-tile").CountAsync());
        Assert.Equal("zh-CN", await screen.Page.EvaluateAsync<string>("() => document.documentElement.lang"));

        // The header clock shows the business clock (frozen at Monday 22 Feb 2027 10:00 in Shanghai), not the wall clock.
        Assert.Equal("10:00:00", await screen.Page.Locator(".clock-time").TextContentAsync());
        Assert.StartsWith("2027/02/22", await screen.Page.Locator(".clock-date").TextContentAsync(), StringComparison.Ordinal);
        await screen.Page.WaitForTimeoutAsync(1000);
        Assert.True(screen.Errors.Count == 0, string.Join("; ", screen.Errors));
    }

    [ChromiumFact]
    public async Task The_HQ_board_fills_1920x1080_and_3840x2160_exactly_without_scrolling()
    {
        foreach (var (width, height) in new[] { (1920, 1080), (3840, 2160) })
        {
            await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl("hq"), width, height);

            Assert.Equal([width, height, width, height, width, height], await screen.SizesAsync());
            var board = await screen.Page.Locator("#board").BoundingBoxAsync();
            Assert.Equal((0f, 0f, width, height), (board!.X, board.Y, board.Width, board.Height));
            await screen.ScreenshotAsync($"hq-overview-{width}x{height}");
            Assert.True(screen.Errors.Count == 0, string.Join("; ", screen.Errors));
        }
    }

    [ChromiumFact]
    public async Task A_big_deal_posted_over_HTTP_is_on_screen_within_two_seconds()
    {
        await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl("hq"), 1920, 1080);
        var row = screen.Page.Locator("[data-widget=deals] .deal", new PageLocatorOptions { HasTextString = "贺雅薇" })
            .Filter(new LocatorFilterOptions { HasTextString = "7,778" });
        Assert.Equal(0, await row.CountAsync());

        var clock = Stopwatch.StartNew();
        await server.PostAsync(Event("browser-deal-1", time: "2027-02-22T09:58:00+08:00", unit: "M00001", kpi: "deposit_new", value: 7777.77));
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Math.Max(1, 2000 - clock.Elapsed.TotalMilliseconds) });

        Assert.True(clock.ElapsedMilliseconds <= 2000, $"on screen after {clock.ElapsedMilliseconds} ms");
        await screen.Page.Locator(".deal-banner.show").WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
        await screen.ScreenshotAsync("hq-deal-announced");
        Assert.True(screen.Errors.Count == 0, string.Join("; ", screen.Errors));
    }

    [ChromiumFact]
    public async Task A_screen_rotates_its_pages_by_itself()
    {
        await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl("rotate"), 1920, 1080);
        var active = screen.Page.Locator(".page.active");
        Assert.Equal("0", await active.GetAttributeAsync("data-page"));

        // Dwell 5 s per page: the second page comes up with nobody touching the screen.
        await screen.Page.Locator(".page.active[data-page='1']").WaitForAsync(new LocatorWaitForOptions { Timeout = 8000 });
        Assert.True(screen.Errors.Count == 0, string.Join("; ", screen.Errors));
    }

    [ChromiumFact]
    public async Task Every_page_of_every_board_renders_without_errors_at_its_resolution()
    {
        var screens = new (string Name, string Board, string Query, int Width, int Height, string Locale)[]
        {
            ("hq-situation", "hq", "page=situation", 1920, 1080, "zh-CN"),
            ("hq-trends", "hq", "page=trends", 1920, 1080, "zh-CN"),
            ("hq-overview-en", "hq", "page=overview&lang=en", 1920, 1080, "en-US"),
            ("branch-BR03", "branch", "page=branch&unit=BR03", 1920, 1080, "zh-CN"),
            ("deposits-bank-3840x2160", "deposits", "page=bank", 3840, 2160, "zh-CN"),
            ("deposits-BR01-3840x2160", "deposits", "page=by-branch&unit=BR01", 3840, 2160, "zh-CN"),
            ("branch-BR01-en-3840x2160", "branch", "page=branch&unit=BR01&lang=en", 3840, 2160, "en-US"),
        };
        foreach (var s in screens)
        {
            await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl(s.Board, query: s.Query), s.Width, s.Height, s.Locale);

            Assert.Equal([s.Width, s.Height, s.Width, s.Height, s.Width, s.Height], await screen.SizesAsync());
            Assert.Equal(0, await screen.Page.Locator(".page.active .widget.empty").CountAsync());
            await screen.ScreenshotAsync(s.Name);
            Assert.True(screen.Errors.Count == 0, $"{s.Name}: {string.Join("; ", screen.Errors)}");
        }
    }
}
