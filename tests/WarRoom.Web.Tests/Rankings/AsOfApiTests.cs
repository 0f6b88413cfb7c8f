using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Rankings;

/// <summary>
/// asOf over HTTP. The oracle: every answer as of Friday 17:00 equals, byte for byte, that of a fresh server holding
/// only the events up to then with its clock frozen at that instant.
/// </summary>
public sealed class AsOfApiTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private const string Friday = "2027-02-19T17:00:00+08:00";

    private static readonly JsonNode[] UpToFriday =
    [
        Event("ao-1", time: "2027-02-19T10:00:00+08:00", unit: "M00001", value: 100),
        Event("ao-2", time: "2027-02-19T16:30:00+08:00", unit: "M00002", value: 300),
        Event("ao-3", time: "2027-02-19T09:00:00+08:00", unit: "M00001", kpi: "mobile_mau", value: 10),
        Event("ao-4", time: Friday, unit: "M00003", value: 20),   // at T exactly: counted
    ];

    private static readonly JsonNode[] Later =
    [
        Event("ao-5", time: "2027-02-19T17:00:01+08:00", unit: "M00001", value: 500),
        Event("ao-6", time: "2027-02-19T17:45:00+08:00", unit: "M00001", kpi: "mobile_mau", value: 12),
        Event("ao-7", time: "2027-02-22T09:31:00+08:00", unit: "M00003", value: 50),
    ];

    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    public async Task InitializeAsync()
    {
        await app.WaitUntilReadyAsync();
        await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey), [.. UpToFriday.Select(e => e.DeepClone()), .. Later.Select(e => e.DeepClone())]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Figures_as_of_Friday_are_those_of_a_server_that_only_saw_Fridays_events()
    {
        using var replay = WarRoomAppFactory.With(overrides: new Dictionary<string, string?> { ["WarRoom:Clock:Now"] = Friday });
        await replay.WaitUntilReadyAsync();
        await PostAsync(replay.ClientWith(WarRoomAppFactory.IngestKey), [.. UpToFriday.Select(e => e.DeepClone())]);
        var then = replay.ClientWith(WarRoomAppFactory.LeaderToken);
        string[] reads =
        [
            "/api/v1/rankings?level=manager&metric=deposit_new&scope=SB0101",
            "/api/v1/rankings?level=manager&metric=composite&scope=SB0101&basis=pace",
            "/api/v1/rankings?level=subbranch&metric=mobile_mau&scope=BR01&window=today",
            "/api/v1/rankings?level=branch&metric=composite&window=week",
            "/api/v1/units/M00001", "/api/v1/units/SB0101", "/api/v1/units/HQ",
            "/api/v1/guidance?scope=BR01",
        ];
        foreach (var path in reads)
        {
            var expected = await ReadAsync(then, path);
            var actual = await ReadAsync(leader, path + (path.Contains('?') ? "&" : "?") + "asOf=" + Uri.EscapeDataString(Friday));
            Assert.Equal(expected, actual);
        }

        var live = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/units/M00001"))!;
        Assert.NotEqual(await ReadAsync(leader, "/api/v1/units/M00001"), await ReadAsync(then, "/api/v1/units/M00001"));
        Assert.Equal("2027-02-22T10:00:00+08:00", live["asOf"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_snapshot_as_of_Friday_holds_Fridays_figures()
    {
        using var replay = WarRoomAppFactory.With(overrides: new Dictionary<string, string?> { ["WarRoom:Clock:Now"] = Friday });
        await replay.WaitUntilReadyAsync();
        await PostAsync(replay.ClientWith(WarRoomAppFactory.IngestKey), [.. UpToFriday.Select(e => e.DeepClone())]);

        var past = await leader.PostAsJsonAsync("/api/v1/snapshots", new { scope = "BR01", label = "周五收盘", asOf = Friday });
        var then = await replay.ClientWith(WarRoomAppFactory.LeaderToken).PostAsJsonAsync("/api/v1/snapshots", new { scope = "BR01", label = "周五收盘" });
        Assert.Equal(HttpStatusCode.Created, past.StatusCode);
        var (a, b) = (JsonNode.Parse(await past.Content.ReadAsStringAsync())!, JsonNode.Parse(await then.Content.ReadAsStringAsync())!);
        Assert.Equal(Friday, a["asOf"]!.GetValue<string>());
        foreach (var part in new[] { "asOf", "timeProgress", "daysLeft", "totals", "levels", "guidance" })
        {
            Assert.Equal(b[part]!.ToJsonString(), a[part]!.ToJsonString());
        }
    }

    [Theory]
    [InlineData("/api/v1/rankings?asOf=2027-02-19T17:00:00")]                     // no offset
    [InlineData("/api/v1/rankings?asOf=Friday")]
    [InlineData("/api/v1/units/HQ?asOf=2026-12-31T23:59:59%2B08:00")]              // before the campaign
    [InlineData("/api/v1/guidance?asOf=2027-02-22T10:00:01%2B08:00")]              // after now
    public async Task An_asOf_outside_the_campaign_so_far_or_not_an_instant_is_400(string path)
    {
        var response = await leader.GetAsync(path);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("asOf"), problem.ToJsonString());
    }

    /// <summary>The answer without the aggregates' version, which counts events applied and so differs between servers.</summary>
    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        var json = JsonNode.Parse(body)!.AsObject();
        json.Remove("version");
        return json.ToJsonString();
    }
}
