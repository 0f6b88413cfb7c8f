using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using WarRoom.DeskBench;

// The desk budgets (issue 20): first contentful paint of /units/BR01, a grid sort and a page turn (measured in the
// page, click to redrawn rows), a live update (POST → the open page's card redrawn), and the server memory each open live desk page holds (heap after a full collection,
// and working set, before and after --users signed-in pages of /units/BR01 stay open, with events arriving).
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
var serverDll = Path.GetFullPath(options.GetValueOrDefault("server") ?? Path.Combine(AppContext.BaseDirectory, "../../../../../src/WarRoom.Web/bin/Release/net10.0/WarRoom.Web.dll"));
var users = int.Parse(options.GetValueOrDefault("users") ?? "200", CultureInfo.InvariantCulture);
var samples = int.Parse(options.GetValueOrDefault("samples") ?? "15", CultureInfo.InvariantCulture);
var chromium = options.GetValueOrDefault("chromium") ?? "/usr/bin/chromium";

await using var server = await DeskServer.StartAsync(serverDll);
using var metrics = new HttpClient { BaseAddress = server.Address };
metrics.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DeskServer.ReaderToken);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium, Headless = true,
    // Tabs share a few renderer processes: two hundred open pages fit beside the server on a small machine.
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--renderer-process-limit=6"],
});
await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
if (options.GetValueOrDefault("shots") is { Length: > 0 } shots)
{
    // Only the pictures (docs/screenshots): `--shots docs/screenshots`.
    await Screenshots.TakeAsync(browser, server, Path.GetFullPath(shots));
    return;
}

var login = await context.NewPageAsync();
await login.GotoAsync(new Uri(server.Address, "/login").ToString());
await login.FillAsync("#login", DeskServer.Login);
await login.FillAsync("#password", DeskServer.Password);
await login.ClickAsync("button[type=submit]");
await login.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
var unitUrl = new Uri(server.Address, "/units/BR01?level=manager").ToString();

// First contentful paint: a fresh tab each time (the cookie is the context's), the first one not counted (JIT).
var paints = new List<double>();
var firstBytes = new List<double>();
var htmlDone = new List<double>();
var htmlBytes = 0.0;
for (var i = 0; i <= samples; i++)
{
    var tab = await context.NewPageAsync();
    await tab.GotoAsync(new Uri(server.Address, "/units/BR01").ToString());
    var fcp = await tab.EvaluateAsync<double>("() => new Promise(r => { const e = performance.getEntriesByName('first-contentful-paint')[0]; if (e) r(e.startTime); else new PerformanceObserver(l => r(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true }); })");
    // Where the time goes: the server's answer (first byte, whole HTML) or the browser after it.
    var timing = await tab.EvaluateAsync<double[]>("() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseStart, n.responseEnd, n.transferSize]; }");
    if (i > 0)
    {
        paints.Add(fcp);
        firstBytes.Add(timing[0]);
        htmlDone.Add(timing[1]);
        htmlBytes = timing[2];
    }

    await tab.CloseAsync();
}

// Sort and page turn, timed inside the page from the click to the grid showing the new order or page.
var page = await context.NewPageAsync();
await page.GotoAsync(unitUrl);
await page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-circuit=live]')");
const string Timed = """
    ([selector, attribute]) => new Promise(resolve => {
        const grid = document.querySelector('.ranking-grid');
        const before = grid.dataset[attribute] + '|' + document.querySelector('.ranking-grid tbody tr')?.dataset.unit;
        const start = performance.now();
        const check = () => {
            const now = document.querySelector('.ranking-grid');
            const state = now.dataset[attribute] + '|' + document.querySelector('.ranking-grid tbody tr')?.dataset.unit;
            if (state !== before) { observer.disconnect(); resolve(performance.now() - start); }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true });
        document.querySelector(selector).click();
    })
    """;
var sorts = new List<double>();
var turns = new List<double>();
string[] columns = ["col-pace", "col-completion", "col-value", "col-name", "col-rank"];
for (var i = 0; i <= samples; i++)
{
    var sort = await page.EvaluateAsync<double>(Timed, new object[] { $".ranking-grid th.{columns[i % columns.Length]} .sort-title", "sort" });
    var turn = await page.EvaluateAsync<double>(Timed, new object[] { ".ranking-pager .grid-pager-next", "page" });
    if (i > 0)
    {
        sorts.Add(sort);
        turns.Add(turn);
    }

    await page.WaitForTimeoutAsync(100);
}

static string Ms(List<double> v) => $"median {Quantile(v, 0.5):0} ms, p95 {Quantile(v, 0.95):0} ms, max {v.Max():0} ms (n={v.Count})";
static double Quantile(List<double> v, double q) => v.Order().ElementAt(Math.Min(v.Count - 1, (int)Math.Ceiling(q * v.Count) - 1));
Console.WriteLine($"FCP /units/BR01: {Ms(paints)} (budget ≤ 1000 ms); first byte {Ms(firstBytes)}; HTML done {Ms(htmlDone)}; HTML {htmlBytes / 1024:0} KB on the wire");
Console.WriteLine($"grid sort (click → rows redrawn, 131 managers): {Ms(sorts)} (budget ≤ 150 ms)");
Console.WriteLine($"grid page turn: {Ms(turns)} (budget ≤ 150 ms)");
Console.WriteLine($"live update (POST sent → the open /units/BR01 card shows it, no reload): {Ms(await DeskLive.MeasureAsync(server, context, samples))} (budget ≤ 1000 ms)");

// Memory: the heap the server holds with one page open, then with --users open live pages (tabs, or --circuits).
Console.WriteLine(await DeskMemory.MeasureAsync(server, metrics, context, users, options.ContainsKey("circuits"), options.GetValueOrDefault("hold")));
