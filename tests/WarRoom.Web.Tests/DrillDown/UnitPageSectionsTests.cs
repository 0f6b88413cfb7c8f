using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>/units/{code} below the table: a trend per KPI, the guidance section, and pages that explain a refusal.</summary>
[Collection(SignedInCollection.Name)]
public sealed class UnitPageSectionsTests(SignedInApp app)
{
    private HttpClient Leader => app.Client(Caller.LeaderHq);

    [Fact]
    public async Task Each_campaign_kpi_has_a_trend_drawn_from_the_trend_api()
    {
        var api = (await Leader.GetFromJsonAsync<JsonObject>("/api/v1/units/BR01/trend?kpi=deposit_new&interval=1d"))!;
        var page = await Html.GetAsync(Leader, "/units/BR01");
        var figures = page.QuerySelectorAll("section.trends figure.trend").ToList();
        var deposits = figures.Single(f => f.GetAttribute("data-kpi") == "deposit_new");
        var points = api["points"]!.AsArray();

        Assert.Equal(page.QuerySelectorAll("article.kpi-card").Length, figures.Count);
        Assert.NotEmpty(points);
        Assert.Equal(points.Count, deposits.QuerySelector("polyline.trend-actual")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(points.Count, deposits.QuerySelector("polyline.trend-expected")!.GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public async Task The_guidance_section_shows_the_engines_items_for_the_unit_in_the_engines_order()
    {
        var api = (await Leader.GetFromJsonAsync<JsonObject>("/api/v1/guidance?scope=BR01&top=50"))!;
        var page = await Html.GetAsync(Leader, "/units/BR01");
        var expected = api["items"]!.AsArray().Select(i => (i!["unit"]!.GetValue<string>(), i["kind"]!.GetValue<string>(), i["message"]!["zh"]!.GetValue<string>())).ToList();
        var shown = page.QuerySelectorAll("section.guidance li.guidance-item")
            .Select(li => (li.GetAttribute("data-unit")!, li.GetAttribute("data-kind")!, li.QuerySelector(".guidance-message")!.TextContent.Trim())).ToList();

        Assert.Null(page.QuerySelector("section.guidance .guidance-pending"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData("/units/BR01?sort=size", HttpStatusCode.BadRequest, "sort 'size' must be one of")]
    [InlineData("/units/BR01?metric=nope", HttpStatusCode.BadRequest, "metric 'nope'")]
    [InlineData("/units/XX99", HttpStatusCode.NotFound, "unknown unit 'XX99'")]
    public async Task A_bad_view_or_unknown_unit_is_a_page_that_says_what_is_wrong(string url, HttpStatusCode status, string message)
    {
        var response = await Leader.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(body);

        Assert.Equal(status, response.StatusCode);
        Assert.True(page.QuerySelector(".page-problem") is not null, body);
        Assert.Contains(message, page.QuerySelector(".page-problem")!.TextContent, StringComparison.Ordinal);
    }
}
