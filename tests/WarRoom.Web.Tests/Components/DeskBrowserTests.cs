using Microsoft.Playwright;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Live.Browser;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The desk pages on their interactive circuit in real Chromium: the ranking grid sorts, filters and pages in place
/// with the view in the address, a posted event reaches an open page without a reload, and a branch head's circuit
/// never renders another branch.
/// </summary>
public sealed class DeskBrowserTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    // The sort/page budget (150 ms) is DeskBench's figure; here a grid action only has to move the address at all
    // (DeskSession.WaitForAddressAsync: why not WaitForURLAsync).
    [ChromiumFact]
    public async Task Sorting_a_column_reorders_the_grid_in_place_and_keeps_the_order_in_the_address()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        await desk.OpenAsync("/units/BR01");
        var before = await Units(desk);

        // How fast is bench/'s to measure (docs/benchmarks.md); here, that it happens in place, over the circuit.
        await desk.Page.ClickAsync(".ranking-grid th.col-pace .sort-title");
        await desk.WaitForAddressAsync(@"/units/BR01\?(.*&)?sort=pace(&|$)");
        await desk.Page.WaitForFunctionAsync("() => document.querySelector('.ranking-grid').dataset.sort === 'pace'");

        var paces = await desk.Page.Locator(".ranking-grid td.col-pace .pace").AllTextContentsAsync();
        var after = await Units(desk);
        Assert.Equal(before.Order(), after.Order());
        Assert.Equal(paces.Select(Points).OrderBy(p => p), paces.Select(Points));
        Assert.True(desk.Errors.Count == 0, string.Join("; ", desk.Errors));
    }

    [ChromiumFact]
    public async Task Filtering_by_name_keeps_the_matching_rows_and_a_link_reproduces_the_view()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        await desk.OpenAsync("/units/BR01?level=manager");
        var all = await desk.Page.Locator(".ranking-pager .grid-pager-summary").TextContentAsync();

        await desk.Page.FillAsync(".filter-q-input", "M0000");
        await desk.Page.PressAsync(".filter-q-input", "Enter");
        await desk.WaitForAddressAsync(@"[?&]q=M0000(&|$)");
        await desk.WaitForCircuitAsync();
        await desk.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.ranking-grid td.col-name small')].every(s => s.textContent.startsWith('M0000'))");

        var codes = await desk.Page.Locator(".ranking-grid td.col-name small").AllTextContentsAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("M0000", c, StringComparison.Ordinal));
        Assert.NotEqual(all, await desk.Page.Locator(".ranking-pager .grid-pager-summary").TextContentAsync());

        // The address alone brings back the same rows.
        var link = desk.Page.Url;
        await desk.OpenAsync(new Uri(link).PathAndQuery);
        Assert.Equal(codes, await desk.Page.Locator(".ranking-grid td.col-name small").AllTextContentsAsync());
    }

    [ChromiumFact]
    public async Task Paging_moves_through_the_managers_and_the_page_is_in_the_address()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        await desk.OpenAsync("/units/BR01?level=manager");
        var first = await Units(desk);
        Assert.Equal(20, first.Count);

        await desk.Page.ClickAsync(".ranking-pager .grid-pager-next");
        await desk.WaitForAddressAsync(@"[?&]page=2(&|$)");
        await desk.Page.WaitForFunctionAsync("() => document.querySelector('.ranking-grid td.col-rank .rank').textContent.trim() === '21'");
        var second = await Units(desk);
        Assert.Empty(first.Intersect(second));

        await desk.OpenAsync(new Uri(desk.Page.Url).PathAndQuery);
        await desk.Page.WaitForFunctionAsync("() => document.querySelector('.ranking-grid td.col-rank .rank').textContent.trim() === '21'");
        Assert.Equal(second, await Units(desk));
        Assert.True(desk.Errors.Count == 0, string.Join("; ", desk.Errors));
    }

    [ChromiumFact]
    public async Task An_event_posted_over_HTTP_shows_on_the_open_unit_page_without_a_reload()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        await desk.OpenAsync("/units/BR01");
        var card = desk.Page.Locator("article.kpi-card[data-kpi=insurance_premium] .kpi-value");
        var before = double.Parse((await card.GetAttributeAsync("data-value"))!, System.Globalization.CultureInfo.InvariantCulture);

        // No reload, no polling of the page: the open circuit redraws. How fast (the issue's 1 s budget) is a figure
        // DeskBench measures on a quiet machine ("live update", docs/benchmarks.md); on a CI machine running the whole
        // suite a second is not a fair bound, so this test proves the redraw happens at all, well before a reload would.
        await server.PostAsync(Event("desk-live-1", time: "2027-02-22T09:59:00+08:00", unit: "M00001", kpi: "insurance_premium", value: 12.5));
        await desk.Page.WaitForFunctionAsync(
            $"() => Math.abs(+document.querySelector('article.kpi-card[data-kpi=insurance_premium] .kpi-value').dataset.value - {before + 12.5}) < 1e-6",
            null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 10 });
        Assert.True(desk.Errors.Count == 0, string.Join("; ", desk.Errors));
    }

    [ChromiumFact]
    public async Task A_branch_head_navigating_inside_the_circuit_never_sees_another_branch()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        await desk.OpenAsync("/units/BR01");
        Assert.Contains("北京分行", await desk.Page.Locator("main h1").First.TextContentAsync());

        // Client-side navigation keeps the same circuit: the page must ask again as this viewer, and be refused.
        foreach (var target in new[] { "/units/BR02", "/units/SB0201", "/units/BR02?level=manager", "/units/HQ" })
        {
            await desk.Page.EvaluateAsync("url => Blazor.navigateTo(url)", target);
            await desk.Page.Locator(".page-problem").WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
            var main = await desk.Page.Locator("main").InnerTextAsync();
            Assert.DoesNotContain("上海分行", main);
            Assert.Empty(await desk.Page.Locator("article.kpi-card, .ranking-grid").AllAsync());
        }

        // The circuit is still this branch head's and still works for their own branch.
        await desk.Page.EvaluateAsync("url => Blazor.navigateTo(url)", "/units/SB0101");
        await desk.Page.Locator("article.kpi-card").First.WaitForAsync();
        Assert.True(desk.Errors.Count == 0, string.Join("; ", desk.Errors));
    }

    private static async Task<List<string>> Units(DeskSession desk) =>
        [.. await desk.Page.Locator(".ranking-grid td.col-name small").AllTextContentsAsync()];

    private static double Points(string text) =>
        double.Parse(text.Replace("pp", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
