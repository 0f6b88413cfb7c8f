using Microsoft.Playwright;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Live.Browser;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Components.Boards;

/// <summary>
/// The interactive board of decision 0002's measurement, in Chromium: the HQ board's first page drawn by a circuit
/// with every widget of the static board's page, a big deal posted over HTTP drawn in the ticker without a reload,
/// and a branch head refused the HQ board on the circuit as on the static page.
/// </summary>
public sealed class InteractiveBoardTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    [ChromiumFact]
    public async Task The_HQ_board_draws_its_widgets_on_a_circuit_and_shows_a_posted_deal_without_a_reload()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.LeaderHq);
        await desk.OpenAsync("/boards/hq/interactive");
        string[] overview = ["countdown", "totals", "branch-board", "deposit-race", "deals", "guidance"];
        Assert.Equal(overview, await desk.Page.Locator("#board article.widget").EvaluateAllAsync<string[]>("ws => ws.map(w => w.dataset.widget)"));
        Assert.True(await desk.Page.Locator("article[data-widget=branch-board] .lb-row").CountAsync() > 0);

        await server.PostAsync(Event("interactive-board-deal-1", time: "2027-02-22T09:59:00+08:00", unit: "M00001", kpi: "deposit_new", value: 900));
        await desk.Page.Locator("article[data-widget=deals] [data-deal=interactive-board-deal-1]")
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
        Assert.True(desk.Errors.Count == 0, string.Join("; ", desk.Errors));
    }

    [ChromiumFact]
    public async Task A_branch_head_is_refused_the_HQ_board_on_the_circuit()
    {
        await using var desk = await DeskSession.SignInAsync(server, TestUsers.BranchHeadBr01);
        var response = await desk.Page.GotoAsync(new Uri(server.Address, "/boards/hq/interactive").ToString());

        Assert.Equal(403, response?.Status);
        Assert.Equal(0, await desk.Page.Locator("#board article.widget").CountAsync());
    }
}
