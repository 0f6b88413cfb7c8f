using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Rankings;

/// <summary>GET /api/v1/rankings, /units/{code} and /trend over HTTP: parameters, errors and the figures of posted events.</summary>
public sealed class RankingsApiTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    public async Task InitializeAsync()
    {
        await app.WaitUntilReadyAsync();
        await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey),
            Event("rk-1", unit: "M00001", kpi: "deposit_new", value: 800),
            Event("rk-2", unit: "M00002", kpi: "deposit_new", value: 300.5),
            Event("rk-3", unit: "SB0101", kpi: "deposit_new", value: 100, time: "2027-02-21T16:00:00+08:00"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_ranking_by_value_shows_the_posted_figures_in_order()
    {
        var ranking = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=manager&metric=deposit_new&scope=SB0101&top=2"))!;
        var items = ranking["items"]!.AsArray();

        Assert.Equal("SB0101", ranking["scope"]!.GetValue<string>());
        Assert.Equal("campaign", ranking["window"]!.GetValue<string>());
        Assert.Equal("2027-02-22T10:00:00+08:00", ranking["asOf"]!.GetValue<string>());
        Assert.Equal(2, items.Count);
        Assert.Equal(["M00001", "M00002"], items.Select(i => i!["unit"]!.GetValue<string>()));
        Assert.Equal([800, 300.5], items.Select(i => i!["value"]!.GetValue<double>()));
        Assert.Null(items[0]!["score"]);
        var target = items[0]!["target"]!.GetValue<double>();
        Assert.Equal(Math.Round(800 / target, 6), items[0]!["completion"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_booking_on_a_sub_branch_counts_there_and_above_but_for_no_manager()
    {
        var subBranches = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=subbranch&metric=deposit_new&scope=BR01"))!;
        var sb0101 = subBranches["items"]!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == "SB0101")!;

        Assert.Equal(1200.5, sb0101["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Today_counts_only_todays_events()
    {
        var today = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=subbranch&metric=deposit_new&scope=BR01&window=today"))!;
        var sb0101 = today["items"]!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == "SB0101")!;

        Assert.Equal("today", today["window"]!.GetValue<string>());
        Assert.Equal(1100.5, sb0101["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task Unit_kpis_and_ranking_rows_carry_the_run_rate_forecast()
    {
        var unit = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/units/SB0101"))!;
        var deposits = unit["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
        var forecast = deposits["forecast"]!;
        var (completion, expected) = (deposits["completion"]!.GetValue<double>(), forecast["completion"]!.GetValue<double>());

        // The only booking before today is Sunday's 100, riding with Friday: a rate of 10 a working day, so the
        // forecast is above today's completion, inside a band that the one busy day makes wide.
        Assert.Equal("run_rate_10wd", forecast["method"]!.GetValue<string>());
        Assert.True(expected > completion, unit.ToJsonString());
        Assert.True(forecast["low"]!.GetValue<double>() < expected && expected < forecast["high"]!.GetValue<double>());

        var ranking = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=subbranch&metric=deposit_new&scope=BR01"))!;
        var row = ranking["items"]!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == "SB0101")!;
        Assert.Equal(expected, row["forecastCompletion"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("level=hq", "level")]
    [InlineData("level=region", "level")]
    [InlineData("metric=dep", "metric")]
    [InlineData("basis=speed", "basis")]
    [InlineData("window=month", "window")]
    [InlineData("from=2027-02-10&to=2027-02-01", "window")]
    [InlineData("top=0", "top")]
    [InlineData("top=ten", "top")]
    [InlineData("scope=SB0101&level=branch", "level")]
    [InlineData("level=branch&peerGroup=Z", "peerGroup")]
    public async Task A_bad_parameter_is_400_naming_it(string query, string parameter)
    {
        var response = await leader.GetAsync("/api/v1/rankings?" + query);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_scope_is_404_and_one_outside_the_callers_scope_is_403()
    {
        using var reader = app.ClientWith(WarRoomAppFactory.ReaderBr01Token);

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/v1/rankings?scope=XX99")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/v1/rankings?scope=BR02")).StatusCode);
    }

    [Fact]
    public async Task A_unit_explains_its_score_kpi_by_kpi()
    {
        var unit = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/units/M00001"))!;
        var contributions = unit["kpis"]!.AsArray().Select(k => k!["contribution"]?.GetValue<double>() ?? 0).Sum();

        Assert.Equal("M00001", unit["unit"]!["code"]!.GetValue<string>());
        Assert.Equal(["HQ", "BR01", "SB0101", "M00001"], unit["path"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(unit["score"]!.GetValue<double>(), contributions, 3);
    }

    [Fact]
    public async Task A_trend_is_cumulative_per_day_from_the_store()
    {
        var trend = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/units/SB0101/trend?kpi=deposit_new&interval=1d"))!;
        var points = trend["points"]!.AsArray();

        Assert.Equal(53, points.Count);
        Assert.Equal(100, points[^2]!["value"]!.GetValue<double>());
        Assert.Equal(1200.5, points[^1]!["value"]!.GetValue<double>());
    }
}
