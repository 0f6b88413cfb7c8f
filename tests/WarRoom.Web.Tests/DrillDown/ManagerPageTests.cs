using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Campaigns;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>A manager signed in sees their own KPIs and trends, and nothing of the units around them.</summary>
[Collection(SignedInCollection.Name)]
public sealed class ManagerPageTests(SignedInApp app)
{
    [Fact]
    public async Task The_own_page_has_kpi_cards_and_trends_but_no_table()
    {
        var page = await Html.GetAsync(app.Client(Caller.UserManagerM00001), "/units/M00001");
        var campaignKpis = app.App.Services.GetRequiredService<Campaign>().Kpis.Select(k => k.Kpi.Code).ToList();

        // One card, one trend and one 预计完成 per campaign KPI, in the campaign's order.
        Assert.Equal(campaignKpis, page.QuerySelectorAll("article.kpi-card").Select(card => card.GetAttribute("data-kpi")));
        Assert.Equal(campaignKpis.Count, page.QuerySelectorAll("figure.trend").Length);
        Assert.Equal(campaignKpis.Count, page.QuerySelectorAll("article.kpi-card dd.kpi-forecast").Length);
        Assert.Null(page.QuerySelector("table.ranking"));
        Assert.Null(page.QuerySelector("form.filters"));
        Assert.StartsWith("贺雅薇", page.QuerySelector(".unit-head h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_above_are_named_in_the_breadcrumbs_but_none_is_a_link()
    {
        var page = await Html.GetAsync(app.Client(Caller.UserManagerM00001), "/units/M00001");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").ToList();

        Assert.Equal(["HQ", "BR01", "SB0101", "M00001"], crumbs.Select(li => li.GetAttribute("data-unit")));
        Assert.All(crumbs, li => Assert.Null(li.QuerySelector("a")));
    }

    [Fact]
    public async Task The_manager_figures_booked_today_show_on_the_page()
    {
        var page = await Html.GetAsync(app.Client(Caller.UserManagerM00001), "/units/M00001");
        var deposits = page.QuerySelector("article.kpi-card[data-kpi=deposit_new] .kpi-value")!;

        Assert.True(double.Parse(deposits.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture) >= 20);
    }
}
