using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>What a snapshot holds: every level of its scope, every campaign KPI, the totals, as of the business clock.</summary>
public sealed class SnapshotTakeTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task A_bank_wide_snapshot_holds_every_level_and_every_campaign_kpi_as_of_the_business_clock()
    {
        var response = await SnapshotApi.TakeAsync(leader, "HQ", "2027-W08 周例会");
        var snapshot = (await SnapshotApi.ProblemAsync(response, HttpStatusCode.Created));
        var seed = app.Services.GetRequiredService<SeedData>();

        Assert.Equal($"/api/v1/snapshots/{snapshot.Id()}", response.Headers.Location!.OriginalString);
        Assert.Equal("2027-W08 周例会", snapshot["label"]!.GetValue<string>());
        Assert.Equal(WarRoomAppFactory.Now, snapshot["asOf"]!.GetValue<DateTimeOffset>());
        Assert.Equal("manual", snapshot["trigger"]!.GetValue<string>());
        Assert.Equal("leader", snapshot["takenBy"]!.GetValue<string>());
        var levels = snapshot["levels"]!.AsArray();
        Assert.Equal(["branch", "subbranch", "manager"], levels.Select(l => l!["level"]!.GetValue<string>()));
        foreach (var level in levels)
        {
            seed.Org.Levels.TryParse(level!["level"]!.GetValue<string>(), out var orgLevel);
            var rows = level["rows"]!.AsArray();
            Assert.Equal(seed.Org.UnitsAt(orgLevel, seed.Org.Root).Count(), rows.Count);
            Assert.All(rows, r => Assert.Equal(seed.Campaign.Kpis.Select(k => k.Kpi.Code), r!["kpis"]!.AsArray().Select(k => k!["kpi"]!.GetValue<string>())));
            var ranks = rows.Select(r => r!["composite"]!["rank"]!.GetValue<int>()).ToList();
            Assert.Equal(ranks.Order(), ranks);
        }

        Assert.Equal(seed.Campaign.Kpis.Count, snapshot["totals"]!["kpis"]!.AsArray().Count);
        Assert.Equal("warroom-guidance", snapshot["guidance"]!["engine"]!.GetValue<string>());
        var live = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/guidance?scope=HQ"))!;
        Assert.Equal(
            live["items"]!.AsArray().Select(i => (i!["unit"]!.GetValue<string>(), i["kind"]!.GetValue<string>())),
            snapshot["guidance"]!["items"]!.AsArray().Select(i => (i!["unit"]!.GetValue<string>(), i["kind"]!.GetValue<string>())));
    }

    [Fact]
    public async Task The_figures_are_those_the_live_api_shows_at_the_same_instant()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader);
        var unit = JsonNode.Parse(await leader.GetStringAsync("/api/v1/units/HQ"))!;
        var branches = JsonNode.Parse(await leader.GetStringAsync("/api/v1/rankings?level=branch&metric=deposit_new&basis=completion"))!;

        Assert.Equal(unit["score"]!.GetValue<double>(), snapshot["totals"]!["score"]!.GetValue<double>());
        Assert.Equal(unit["timeProgress"]!.GetValue<double>(), snapshot["timeProgress"]!.GetValue<double>());
        Assert.Equal(unit["daysLeft"]!.GetValue<int>(), snapshot["daysLeft"]!.GetValue<int>());
        var rows = snapshot["levels"]![0]!["rows"]!.AsArray();
        foreach (var live in branches["items"]!.AsArray())
        {
            var row = rows.Single(r => r!["unit"]!.GetValue<string>() == live!["unit"]!.GetValue<string>())!;
            var cell = row["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
            Assert.Equal(live!["value"]!.GetValue<double>(), cell["value"]!.GetValue<double>());
            Assert.Equal(live["completion"]!.GetValue<double>(), cell["completion"]!.GetValue<double>());
            Assert.Equal(live["rank"]!.GetValue<int>(), cell["rank"]!.GetValue<int>());
            Assert.Equal(live["rankChange"]?.GetValue<int>(), cell["rankChange"]?.GetValue<int>());
        }
    }

    [Fact]
    public async Task A_sub_branch_snapshot_ranks_its_managers_only()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "SB0101", "支行周会");

        var level = Assert.Single(snapshot["levels"]!.AsArray())!;
        Assert.Equal("manager", level["level"]!.GetValue<string>());
        Assert.All(level["rows"]!.AsArray(), r => Assert.Equal("SB0101", r!["parent"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(null, "x", "scope", "scope is required")]
    [InlineData("XX99", "x", "scope", "scope 'XX99' is not a unit code")]
    [InlineData("M00001", "x", "scope", "is a manager")]
    [InlineData("HQ", null, "label", "label is required")]
    [InlineData("HQ", "   ", "label", "label is required")]
    [InlineData("HQ", "a\nb", "label", "control characters")]
    public async Task A_bad_field_is_a_400_naming_it(string? scope, string? label, string field, string message)
    {
        var problem = await SnapshotApi.ProblemAsync(await SnapshotApi.TakeAsync(leader, scope, label), HttpStatusCode.BadRequest);

        var errors = problem["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overlong_label_and_malformed_json_are_400s()
    {
        var problem = await SnapshotApi.ProblemAsync(await SnapshotApi.TakeAsync(leader, "HQ", new string('周', 101)), HttpStatusCode.BadRequest);
        Assert.Contains("at most 100 characters (got 101)", problem["errors"]!["label"]![0]!.GetValue<string>());

        var malformed = await leader.PostAsync("/api/v1/snapshots", Ingest.IngestClient.Json("""{ "scope": "HQ", """));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
