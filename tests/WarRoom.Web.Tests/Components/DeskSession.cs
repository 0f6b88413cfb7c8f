using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Live.Browser;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// A person at a desk in Chromium: signed in at /login with the test users' password, then on interactive pages
/// (a page is ready once its circuit is up). Collects what the browser logged as an error.
/// Waits for an address with <see cref="WaitForAddressAsync"/>, never <c>WaitForURLAsync</c>: Playwright's .NET
/// client compares the frame's URL and only then listens for the next navigation, while its connection thread may
/// apply that navigation in between. A grid action moves the address in place (history.replaceState) in a few ms,
/// so on a loaded machine the change fell into that gap and the wait ran out with the address already right (issue
/// 20's CI failure: page=2 in the address and rank 21 on screen, 15 s later).
/// </summary>
public sealed class DeskSession : IAsyncDisposable
{
    private static readonly Regex LoginPage = new("/login");

    private readonly IBrowserContext context;

    private DeskSession(IBrowserContext context, IPage page, Uri address)
    {
        this.context = context;
        Page = page;
        Address = address;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.Ordinal))
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
    }

    public IPage Page { get; }

    public Uri Address { get; }

    public List<string> Errors { get; } = [];

    public static async Task<DeskSession> SignInAsync(BrowserServer server, string login, int width = 1920, int height = 1080, string locale = "zh-CN")
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Shanghai",
            AcceptDownloads = true,
        });
        var session = new DeskSession(context, await context.NewPageAsync(), server.Address);
        await session.Page.GotoAsync(new Uri(server.Address, "/login").ToString());
        await session.Page.FillAsync("#login", login);
        await session.Page.FillAsync("#password", TestUsers.Password);
        await session.Page.ClickAsync("button[type=submit]");
        await Assertions.Expect(session.Page).Not.ToHaveURLAsync(LoginPage, new() { Timeout = 30_000 });
        return session;
    }

    /// <summary>Opens a desk page and waits until its circuit answers (Blazor has started and rendered interactively).</summary>
    public async Task OpenAsync(string path)
    {
        var response = await Page.GotoAsync(new Uri(Address, path).ToString());
        Assert.Equal(200, response?.Status);
        await WaitForCircuitAsync();
    }

    /// <summary>
    /// Waits until the address matches <paramref name="pattern"/>. Playwright's driver polls the frame's URL itself,
    /// so an address that changed before the wait began counts; one that never changes (a lost click) still fails.
    /// </summary>
    public async Task WaitForAddressAsync([StringSyntax(StringSyntaxAttribute.Regex)] string pattern) =>
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = 15_000 });

    public async Task WaitForCircuitAsync() =>
        await Page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit=live]')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

    public async Task<string> ScreenshotAsync(string name, bool fullPage = false)
    {
        await Page.WaitForTimeoutAsync(500);
        var path = Path.Combine(BrowserServer.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
