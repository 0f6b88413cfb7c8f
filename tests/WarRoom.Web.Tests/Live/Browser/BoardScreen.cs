using Microsoft.Playwright;

namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>One big screen open in Chromium, with everything it logged as an error.</summary>
public sealed class BoardScreen : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private BoardScreen(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="url"/> at the given size (a zh-CN browser unless told otherwise) and waits until it is live.</summary>
    public static async Task<BoardScreen> OpenAsync(IBrowser browser, string url, int width, int height, string locale = "zh-CN")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Shanghai",
        });
        var screen = new BoardScreen(context, await context.NewPageAsync());
        var response = await screen.Page.GotoAsync(url);
        Assert.Equal(200, response?.Status);
        await screen.Page.Locator(".live-status.status-live").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        return screen;
    }

    /// <summary>Document scroll sizes and viewport, as the page sees them.</summary>
    public async Task<int[]> SizesAsync() => await Page.EvaluateAsync<int[]>(
        "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight, document.body.scrollWidth, document.body.scrollHeight, window.innerWidth, window.innerHeight]");

    /// <summary>Lets charts finish their entry animation, then saves the screen under artifacts/screenshots/.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        await Page.WaitForTimeoutAsync(1500);
        var path = Path.Combine(BrowserServer.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
