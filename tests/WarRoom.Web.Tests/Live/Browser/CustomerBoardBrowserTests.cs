namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>
/// The customer-operations board (issue 21) in real Chromium at 1920×1080 and 3840×2160, in zh-CN and en, on the
/// simulator's tagged back-fill: the screen filled exactly, every breakdown shows its values with a share, the
/// funnel its three stages, the lifecycle its five; saved as customers-{size}-{lang}.png (docs/screenshots).
/// </summary>
public sealed class CustomerBoardBrowserTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [ChromiumFact]
    public async Task The_customers_board_shows_breakdowns_funnel_and_lifecycle_at_both_sizes_in_both_languages()
    {
        foreach (var (width, height) in new[] { (1920, 1080), (3840, 2160) })
        {
            foreach (var (lang, locale) in new[] { ("zh", "zh-CN"), ("en", "en-US") })
            {
                var name = $"customers-{width}x{height}-{lang}";
                await using var screen = await BoardScreen.OpenAsync(server.Browser, server.BoardUrl("customers", query: $"lang={lang}"), width, height, locale);
                var page = screen.Page;

                Assert.Equal([width, height, width, height, width, height], await screen.SizesAsync());
                Assert.Equal(0, await page.Locator(".page.active .widget.empty").CountAsync());
                foreach (var breakdown in await page.Locator(".page.active .widget-breakdown").AllAsync())
                {
                    // Every value of the dimension has a row; the back-fill tags most sales, so some bar is drawn.
                    Assert.True(await breakdown.Locator(".share-row").CountAsync() >= 3, $"{name}: a breakdown with fewer than 3 rows");
                    Assert.True(await breakdown.Locator(".share-fill:not([style*='width: 0'])").CountAsync() > 0, $"{name}: a breakdown with no bar");
                }

                Assert.Equal(3, await page.Locator(".page.active .widget-breakdown").CountAsync());
                Assert.Equal(3, await page.Locator(".page.active .widget-funnel .funnel-row").CountAsync());
                Assert.Equal(5, await page.Locator(".page.active .widget-lifecycle .share-row").CountAsync());
                Assert.All(await page.Locator(".page.active .funnel-value").AllInnerTextsAsync(), v => Assert.False(string.IsNullOrWhiteSpace(v), $"{name}: an empty funnel figure"));
                await screen.ScreenshotAsync(name);
                Assert.True(screen.Errors.Count == 0, $"{name}: {string.Join("; ", screen.Errors)}");
            }
        }
    }
}
