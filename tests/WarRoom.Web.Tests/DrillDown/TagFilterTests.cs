using System.Net;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>
/// The desk ranking cut by one dimension value (<c>?tag=channel:mobile</c>): the children ranked by what they booked
/// through that channel, the view a link, and a tag that cannot cut the ranking answered with the reason.
/// </summary>
public sealed class TagFilterTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private const string View = "/units/SB0101?metric=fund_sales&tag=channel:mobile";
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    public async Task InitializeAsync()
    {
        await app.WaitUntilReadyAsync();

        // Overall M00002 sells most; through mobile banking M00003 does, then M00001.
        JsonNode Sale(string id, string unit, double value, string? channel) =>
            channel is null ? Event(id, unit: unit, kpi: "fund_sales", value: value)
                : Event(id, unit: unit, kpi: "fund_sales", value: value).Also("tags", new JsonObject { ["channel"] = channel });
        var answer = await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey),
            Sale("tf-1", "M00001", 40, "mobile"), Sale("tf-2", "M00002", 900, "branch"), Sale("tf-3", "M00002", 10, "mobile"),
            Sale("tf-4", "M00003", 70, "mobile"), Sale("tf-5", "M00003", 500, null));
        // Each test of the class shares one app: the first posts the sales, the later ones resend duplicates.
        Assert.Equal(5, answer["accepted"]!.GetValue<int>() + answer["duplicates"]!.GetValue<int>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Children_rank_by_what_they_booked_through_the_channel()
    {
        var page = await Html.GetAsync(leader, View);
        var rows = Html.Rows(page).Take(3).Select(r => (r.GetAttribute("data-unit"), Html.Figure(r, "value"))).ToList();

        Assert.Equal([("M00003", 70.0), ("M00001", 40.0), ("M00002", 10.0)], rows);
        Assert.Equal("channel:mobile", page.QuerySelector("select[name=tag] option[selected], select.filter-tag option[selected]")?.GetAttribute("value"));
        var overall = Html.RowUnits(await Html.GetAsync(leader, "/units/SB0101?metric=fund_sales"));
        Assert.Equal(["M00002", "M00003", "M00001"], overall.Take(3));
    }

    [Fact]
    public async Task The_rankings_api_takes_the_same_tag()
    {
        var ranking = JsonNode.Parse(await leader.GetStringAsync("/api/v1/rankings?level=manager&scope=SB0101&metric=fund_sales&tag=channel:mobile&top=2"))!;

        Assert.Equal(["M00003", "M00001"], ranking["items"]!.AsArray().Select(i => i!["unit"]!.GetValue<string>()));
        Assert.All(ranking["items"]!.AsArray(), i => Assert.Null(i!["completion"]?.GetValue<double>()));
    }

    [Theory]
    [InlineData("today")]
    [InlineData("week")]
    public async Task Today_and_this_week_rank_by_the_channel_too(string window)
    {
        // The sales are timed this morning (the frozen clock is Monday 22 Feb 10:00): today and this week hold them all.
        var ranking = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/rankings?level=manager&scope=SB0101&metric=fund_sales&tag=channel:mobile&window={window}&top=3"))!;

        Assert.Equal(window, ranking["window"]!.GetValue<string>());
        Assert.Equal([("M00003", 70.0), ("M00001", 40.0), ("M00002", 10.0)],
            ranking["items"]!.AsArray().Select(i => (i!["unit"]!.GetValue<string>(), i["value"]!.GetValue<double>())));
        var page = await Html.GetAsync(leader, View + "&window=" + window);
        Assert.Equal(["M00003", "M00001", "M00002"], Html.RowUnits(page).Take(3));
    }

    [Fact]
    public async Task A_tag_alone_on_the_desk_ranks_the_first_sum_KPI_by_value()
    {
        var page = await Html.GetAsync(leader, "/units/SB0101?basis=completion&tag=channel:mobile");

        Assert.Equal("deposit_new", page.QuerySelector("select[name=metric] option[selected], select.filter-metric option[selected]")?.GetAttribute("value"));
        Assert.Equal("channel:mobile", page.QuerySelector("select[name=tag] option[selected], select.filter-tag option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_branch_head_of_BR02_still_cannot_see_BR01_through_a_tag()
    {
        var head = app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token);

        var api = await head.GetAsync("/api/v1/rankings?level=manager&scope=SB0101&metric=fund_sales&tag=channel:mobile");
        var page = await head.GetAsync(View);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var body = await page.Content.ReadAsStringAsync();
        Assert.Empty(Html.Rows(Html.Parse(body)));
        Assert.DoesNotContain("M00003", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&tag=channel:fax", "unknown channel 'fax' (one of: branch, mobile, wecom, outbound)")]
    [InlineData("&tag=colour:red", "unknown dimension 'colour' (one of: channel, product, segment)")]
    [InlineData("&tag=mobile", "tag 'mobile' must be dimension:value, e.g. channel:branch")]
    [InlineData("&tag=channel:mobile&metric=composite", "a tag filter ranks a sum KPI")]
    [InlineData("&tag=channel:mobile&metric=mobile_mau_rate", "a tag filter ranks a sum KPI")]
    [InlineData("&tag=channel:mobile&metric=fund_sales&basis=pace", "a tag filter ranks by value")]
    [InlineData("&tag=channel:mobile&metric=fund_sales&from=2027-01-04&to=2027-01-10", "window=campaign|today|week")]
    [InlineData("&tag=channel:mobile&metric=fund_sales&asOf=2027-01-05T12:00:00%2B08:00", "not as of an instant")]
    public async Task A_tag_that_cannot_cut_the_ranking_is_400_naming_why(string query, string detail)
    {
        var response = await leader.GetAsync("/api/v1/rankings?level=manager&scope=SB0101" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
