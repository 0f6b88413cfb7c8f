using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Core.Org;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>/units/{code} as rendered: breadcrumbs, KPI cards, the children's table, trends and guidance.</summary>
[Collection(SignedInCollection.Name)]
public sealed class UnitPageTests(SignedInApp app)
{
    private HttpClient Leader => app.Client(Caller.LeaderHq);

    [Fact]
    public async Task Breadcrumbs_run_from_HQ_to_the_unit_and_link_every_unit_above_it()
    {
        var page = await Html.GetAsync(Leader, "/units/SB0101");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").ToList();

        Assert.Equal(["HQ", "BR01", "SB0101"], crumbs.Select(li => li.GetAttribute("data-unit")));
        Assert.Equal(["总行", "北京分行", "北京朝阳支行"], crumbs.Select(li => li.TextContent.Trim()));
        Assert.Equal(["/units/HQ", "/units/BR01"], crumbs.Take(2).Select(li => li.QuerySelector("a")?.GetAttribute("href")));
        Assert.Null(crumbs[2].QuerySelector("a"));
        Assert.Equal("page", crumbs[2].QuerySelector("span")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Breadcrumbs_above_the_viewers_scope_are_named_but_not_linked()
    {
        var page = await Html.GetAsync(app.Client(Caller.UserBranchHeadBr01), "/units/SB0101");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").ToList();

        Assert.Equal("总行", crumbs[0].TextContent.Trim());
        Assert.Null(crumbs[0].QuerySelector("a"));
        Assert.Equal("/units/BR01", crumbs[1].QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_kpi_cards_show_each_campaign_kpi_with_the_figures_of_the_unit_api()
    {
        var api = (await Leader.GetFromJsonAsync<JsonObject>("/api/v1/units/BR01"))!;
        var page = await Html.GetAsync(Leader, "/units/BR01");
        var cards = page.QuerySelectorAll("section.kpi-cards article.kpi-card").ToList();
        var kpis = api["kpis"]!.AsArray();
        var siblings = api["siblingCount"]!.GetValue<int>();

        Assert.Equal(kpis.Select(k => k!["kpi"]!.GetValue<string>()), cards.Select(c => c.GetAttribute("data-kpi")));
        foreach (var (card, kpi) in cards.Zip(kpis))
        {
            Assert.Equal(kpi!["value"]!.GetValue<double>(), Figure(card, ".kpi-value"));
            Assert.Equal(kpi["target"]?.GetValue<double>(), Figure(card, ".kpi-target"));
            Assert.Equal(kpi["completion"]?.GetValue<double>(), Figure(card, ".kpi-completion"));
            Assert.Equal(kpi["pace"]?.GetValue<double>(), Figure(card, ".kpi-pace"));
            Assert.Equal(kpi["contribution"]?.GetValue<double>(), Figure(card, ".kpi-contribution"));
            Assert.Equal($"{kpi["siblingRank"]!.GetValue<int>()}/{siblings}", card.QuerySelector(".kpi-rank")!.TextContent);
            Assert.Equal(Percent(api["timeProgress"]!.GetValue<double>()), card.QuerySelector(".kpi-time")!.TextContent);
        }

        Assert.Equal(api["score"]!.GetValue<double>().ToString("0.0", CultureInfo.InvariantCulture), page.QuerySelector(".summary-score dd")!.TextContent);
    }

    [Fact]
    public async Task The_table_lists_the_children_in_the_order_of_the_rankings_api_by_default()
    {
        var api = (await Leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?scope=BR01"))!;
        var page = await Html.GetAsync(Leader, "/units/BR01");

        Assert.Equal(app.Org.Find("BR01")!.Children.Count, Html.Rows(page).Count);
        Assert.Equal(api["items"]!.AsArray().Select(i => i!["unit"]!.GetValue<string>()), Html.RowUnits(page));
        Assert.Equal(api["items"]!.AsArray().Select(i => (double?)i!["rank"]!.GetValue<int>()), Html.Rows(page).Select(r => Html.Figure(r, "rank")));
    }

    [Fact]
    public async Task One_click_on_a_row_goes_one_level_down_keeping_the_view()
    {
        var page = await Html.GetAsync(Leader, "/units/BR01?metric=deposit_new&basis=completion&sort=pace&dir=asc");
        var row = Html.Rows(page)[0];
        var href = row.QuerySelector("td.name a")!.GetAttribute("href")!;

        Assert.Equal($"/units/{row.GetAttribute("data-unit")}?metric=deposit_new&basis=completion&sort=pace&dir=asc", href);
        var below = await Html.GetAsync(Leader, href);
        Assert.Equal(row.GetAttribute("data-unit"), below.QuerySelectorAll("nav.breadcrumbs li").Last().GetAttribute("data-unit"));
        Assert.Equal(OrgLevel.SubBranch, app.Org.Find(row.GetAttribute("data-unit")!)!.Level);
        Assert.All(Html.RowUnits(below), code => Assert.Equal(row.GetAttribute("data-unit"), app.Org.Find(code)!.ParentCode));
    }

    [Fact]
    public async Task Metric_basis_window_level_and_peer_group_give_the_rows_of_the_same_ranking()
    {
        const string view = "level=manager&metric=customers_new&basis=value&window=week&peerGroup=A";
        var api = (await Leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?scope=BR01&" + view))!;
        var page = await Html.GetAsync(Leader, "/units/BR01?" + view);
        var table = page.QuerySelector("table.ranking")!;

        Assert.NotEmpty(api["items"]!.AsArray());
        Assert.Equal(api["items"]!.AsArray().Select(i => i!["unit"]!.GetValue<string>()), Html.RowUnits(page));
        Assert.Equal(api["items"]!.AsArray().Select(i => i!["value"]?.GetValue<double>()), Html.Rows(page).Select(r => Html.Figure(r, "value")));
        Assert.Equal(("customers_new", "value"), (table.GetAttribute("data-metric"), table.GetAttribute("data-basis")));
        Assert.Equal("A", page.QuerySelector("form.filters select[name=peerGroup] option[selected]")?.GetAttribute("value"));
        Assert.Equal("week", page.QuerySelector("form.filters select[name=window] option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("He Yawei", "M00001")]
    [InlineData("heyawei", "M00001")]
    [InlineData("贺雅薇", "M00001")]
    [InlineData("m00002", "M00002")]
    public async Task The_name_filter_keeps_the_rows_whose_name_pinyin_or_code_matches(string q, string code)
    {
        var page = await Html.GetAsync(Leader, "/units/SB0101?q=" + Uri.EscapeDataString(q));

        Assert.Equal([code], Html.RowUnits(page));
        Assert.Equal(q, page.QuerySelector("form.filters input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_filter_form_is_a_plain_get_form_that_keeps_order_and_language()
    {
        var page = await Html.GetAsync(Leader, "/units/BR01?sort=value&dir=asc&lang=en");
        var form = page.QuerySelector("form.filters")!;

        Assert.Equal(("get", "/units/BR01"), (form.GetAttribute("method"), form.GetAttribute("action")));
        var hidden = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        Assert.Equal(new Dictionary<string, string?> { ["sort"] = "value", ["dir"] = "asc", ["lang"] = "en" }, hidden);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task In_english_names_and_headings_are_english_and_links_keep_the_language()
    {
        var page = await Html.GetAsync(Leader, "/units/BR01?lang=en");

        Assert.StartsWith("Beijing Branch", page.QuerySelector(".unit-head h1")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Rank", page.QuerySelector("table.ranking th a")!.TextContent, StringComparison.Ordinal);
        Assert.All(Html.Rows(page), r => Assert.EndsWith("lang=en", r.QuerySelector("td.name a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(Html.Rows(page), r => Assert.EndsWith("Sub-branch", r.QuerySelector("td.name a")!.TextContent, StringComparison.Ordinal));
    }

    private static double? Figure(AngleSharp.Dom.IElement card, string selector) =>
        card.QuerySelector(selector)!.GetAttribute("data-value") is { Length: > 0 } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
