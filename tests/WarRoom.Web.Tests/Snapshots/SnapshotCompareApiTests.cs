using System.Net;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>GET /api/v1/snapshots/compare on stored snapshots: the answer's shape, and what it refuses.</summary>
public sealed class SnapshotCompareApiTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task Two_snapshots_around_new_events_show_the_deposit_that_moved_a_manager()
    {
        var before = await SnapshotApi.TakeOkAsync(leader, "SB0101", "前");
        await Ingest.IngestClient.PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey),
            Ingest.IngestClient.Event("compare-1", "2027-02-22T09:45:00+08:00", "M00002", "deposit_new", 50_000));
        var after = await SnapshotApi.TakeOkAsync(leader, "SB0101", "后");

        var c = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/snapshots/compare?from={before.Id()}&to={after.Id()}"))!;

        var managers = Assert.Single(c["levels"]!.AsArray())!;
        var m2 = managers["units"]!.AsArray().Single(u => u!["unit"]!.GetValue<string>() == "M00002")!;
        var deposits = m2["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
        Assert.Equal(50_000, deposits["valueDelta"]!.GetValue<double>(), 4);
        Assert.Equal(1, deposits["rankTo"]!.GetValue<int>());
        Assert.Equal(50_000, c["totals"]!.AsArray().Single(t => t!["kpi"]!.GetValue<string>() == "deposit_new")!["valueDelta"]!.GetValue<double>(), 4);
        Assert.Contains(managers["crossedTarget"]!.AsArray(), x => x!["unit"]!.GetValue<string>() == "M00002" && x["kpi"]!.GetValue<string>() == "deposit_new");
    }

    [Fact]
    public async Task Snapshots_of_different_scopes_bad_ids_and_unknown_ids_are_refused()
    {
        var bank = await SnapshotApi.TakeOkAsync(leader, "HQ", "全行");
        var branch = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京");

        var scopes = await SnapshotApi.ProblemAsync(await leader.GetAsync($"/api/v1/snapshots/compare?from={bank.Id()}&to={branch.Id()}"), HttpStatusCode.BadRequest);
        Assert.Contains("compare snapshots of the same scope", scopes["errors"]!["to"]![0]!.GetValue<string>());
        var bad = await SnapshotApi.ProblemAsync(await leader.GetAsync("/api/v1/snapshots/compare?from=abc"), HttpStatusCode.BadRequest);
        Assert.Contains("from must be a snapshot id", bad["errors"]!["from"]![0]!.GetValue<string>());
        Assert.Contains("to must be a snapshot id", bad["errors"]!["to"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/snapshots/compare?from={bank.Id()}&to=999999")).StatusCode);
    }
}
