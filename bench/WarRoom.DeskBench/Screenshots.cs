using Microsoft.Playwright;

namespace WarRoom.DeskBench;

/// <summary>
/// The desk pages a branch head uses, photographed on the live circuit (the grid, filters and guidance drawn by the
/// page, not the first HTML): 1920×1080 and 3840×2160 in Chinese and English, and a phone. Small PNGs: the viewport
/// only, except the phone, which shows the page down to the ranking. Also the interactive HQ board (decision 0002's
/// measured alternative), signed in as a leader.
/// </summary>
internal static class Screenshots
{
    private static readonly (string Name, string Path, int Width, int Height, float Scale)[] Shots =
    [
        ("unit-br01-managers-1920x1080", "/units/BR01?level=manager", 1920, 1080, 1),
        ("unit-br01-managers-1920x1080-en", "/units/BR01?level=manager&lang=en", 1920, 1080, 1),
        ("unit-br01-3840x2160", "/units/BR01", 3840, 2160, 1),
        ("unit-br01-3840x2160-en", "/units/BR01?lang=en", 3840, 2160, 1),
        ("unit-br01-phone", "/units/BR01", 390, 844, 2),
        ("unit-br01-phone-en", "/units/BR01?lang=en", 390, 844, 2),
        ("board-hq-interactive-1920x1080", "/boards/hq/interactive", 1920, 1080, 1),
        ("board-hq-interactive-3840x2160-en", "/boards/hq/interactive?lang=en", 3840, 2160, 1),
    ];

    public static async Task TakeAsync(IBrowser browser, DeskServer server, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, path, width, height, scale) in Shots)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height }, DeviceScaleFactor = scale, Locale = "zh-CN",
                IsMobile = width < 600, HasTouch = width < 600,
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.Address, "/login").ToString());
            await page.FillAsync("#login", path.StartsWith("/boards/", StringComparison.Ordinal) ? DeskServer.LeaderLogin : DeskServer.Login);
            await page.FillAsync("#password", DeskServer.Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
            await page.GotoAsync(new Uri(server.Address, path).ToString());
            await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit=live]')");
            await page.WaitForTimeoutAsync(500);
            var file = Path.Combine(folder, name + ".png");
            if (width < 600)
            {
                // Down to the ranking: cards, then the grid's first rows.
                var bottom = await page.EvaluateAsync<double>("() => { const g = document.querySelector('.ranking-grid'); return g ? g.getBoundingClientRect().top + window.scrollY + 420 : 2400; }");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = width, Height = (float)Math.Min(bottom, 3200) } });
            }
            else
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            }

            Console.WriteLine($"screenshot {file}");
        }
    }
}
