using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Events with <c>tags</c> on the JSON route, and the breakdown they feed (a manager of its own per test class).</summary>
public sealed class TaggedEventsTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly HttpClient ingest = app.ClientWith(WarRoomAppFactory.IngestKey);
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Known_tags_are_taken_and_unknown_ones_rejected_with_the_reason_beside_them()
    {
        var answer = await PostAsync(ingest,
            Event("tag-1", unit: "M00021", kpi: "fund_sales", value: 30).Also("tags", new JsonObject { ["channel"] = "mobile", ["segment"] = "private" }),
            Event("tag-2", unit: "M00021", kpi: "fund_sales", value: 10).Also("tags", new JsonObject { ["channel"] = "fax" }),
            Event("tag-3", unit: "M00021", kpi: "fund_sales", value: 5).Also("tags", new JsonObject { ["colour"] = "red" }),
            Event("tag-4", unit: "M00021", kpi: "fund_sales", value: 5).Also("tags", new JsonArray("mobile")),
            Event("tag-5", unit: "M00021", kpi: "fund_sales", value: 10));

        Assert.Equal(2, answer["accepted"]!.GetValue<int>());
        Assert.Equal("unknown channel 'fax' (one of: branch, mobile, wecom, outbound)", ErrorAt(answer, 1));
        Assert.Equal("unknown dimension 'colour' (one of: channel, product, segment)", ErrorAt(answer, 2));
        Assert.Equal("tags must be an object such as {\"channel\": \"mobile\"}, found StartArray", ErrorAt(answer, 3));

        var breakdown = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/breakdown?scope=M00021&kpi=fund_sales&by=channel"))!;
        var items = breakdown["items"]!.AsArray().ToDictionary(i => i!["key"]!.GetValue<string>(), i => (i!["value"]!.GetValue<double>(), i["share"]!.GetValue<double>()));
        Assert.Equal(40, breakdown["total"]!.GetValue<double>());
        Assert.Equal((30, 0.75), items["mobile"]);
        Assert.Equal((10, 0.25), items["untagged"]);
        Assert.Equal((0, 0), items["wecom"]);
    }

    [Theory]
    [InlineData("?kpi=mobile_mau&by=channel", "kpi 'mobile_mau' is latest: only sum KPIs break down into shares")]
    [InlineData("?kpi=fund_sales&by=colour", "unknown dimension 'colour' (one of: channel, product, segment)")]
    [InlineData("?kpi=fund_sales&by=channel&window=month", "window 'month' must be campaign, today or week")]
    [InlineData("?kpi=fund_sales&by=channel&window=2027-01-04..2027-01-10", "window '2027-01-04..2027-01-10' must be campaign, today or week")]
    [InlineData("?by=channel", "kpi is required (a KPI code)")]
    public async Task A_breakdown_that_cannot_be_made_is_400_naming_why(string query, string detail)
    {
        var response = await leader.GetAsync("/api/v1/breakdown" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
