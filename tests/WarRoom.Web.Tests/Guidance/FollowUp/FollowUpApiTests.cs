using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Guidance.FollowUp;

/// <summary>
/// POST /api/v1/guidance/{id}/follow-up over the real host: who may move an item, the path and its notes, the
/// audit line, and the status showing wherever the item shows (the guidance API, a snapshot, after a restart).
/// </summary>
public sealed class FollowUpApiTests : IAsyncLifetime
{
    private readonly WarRoomAppFactory app = new();

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Every_item_has_a_stable_unique_id_and_starts_open()
    {
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var first = await ItemsAsync(client, "HQ");
        var again = await ItemsAsync(client, "HQ");

        Assert.NotEmpty(first);
        Assert.Equal(first.Count, first.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(first.Select(i => i.GetProperty("id").GetString()), again.Select(i => i.GetProperty("id").GetString()));
        Assert.All(first, i => Assert.Equal("open", i.GetProperty("followUp").GetProperty("status").GetString()));
        var sample = first[0];
        var expected = sample.GetProperty("unit").GetString() + "." + sample.GetProperty("kind").GetString()
            + (sample.GetProperty("kpi").ValueKind == JsonValueKind.Null ? "" : "." + sample.GetProperty("kpi").GetString());
        Assert.Equal(expected, sample.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_branch_head_walks_an_item_along_the_path_and_each_step_is_audited_and_shown()
    {
        using var client = app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token);
        var id = (await ItemsAsync(client, "BR02"))[0].GetProperty("id").GetString()!;

        foreach (var status in new[] { "acknowledged", "in_progress", "done" })
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/guidance/{id}/follow-up", new { status, note = "跟进中 " + status });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var followUp = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("followUp");
            Assert.Equal(status, followUp.GetProperty("status").GetString());
            Assert.Equal("br02head", followUp.GetProperty("by").GetString());
        }

        var listed = (await ItemsAsync(client, "BR02")).Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal("done", listed.GetProperty("followUp").GetProperty("status").GetString());
        Assert.Equal("跟进中 done", listed.GetProperty("followUp").GetProperty("note").GetString());
        var audit = await File.ReadAllLinesAsync(Path.Combine(app.DataDirectory, "audit.log"));
        Assert.Equal(3, audit.Count(l => l.Contains("guidance.follow-up", StringComparison.Ordinal) && l.Contains(id, StringComparison.Ordinal)));
        Assert.Contains(audit, l => l.Contains("in_progress → done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dismissing_or_going_back_needs_a_note_and_the_same_status_twice_is_refused()
    {
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var id = (await ItemsAsync(client, "BR03"))[0].GetProperty("id").GetString()!;

        await AssertRefusedAsync(client, id, new { status = "dismissed" }, "note");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/guidance/{id}/follow-up", new { status = "in_progress" })).StatusCode);
        await AssertRefusedAsync(client, id, new { status = "in_progress" }, "already");
        await AssertRefusedAsync(client, id, new { status = "acknowledged" }, "note");
        await AssertRefusedAsync(client, id, new { status = "finished" }, "must be one of");
        await AssertRefusedAsync(client, id, new { status = "done", note = new string('x', 501) }, "500");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/guidance/{id}/follow-up", new { status = "dismissed", note = "口径调整，不适用" })).StatusCode);
    }

    [Fact]
    public async Task Outside_the_scope_or_without_the_role_is_403_and_unknown_ids_are_404()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var br01Item = (await ItemsAsync(leader, "BR01"))[0].GetProperty("id").GetString()!;
        using var br02Head = app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token);
        using var reader = app.ClientWith(WarRoomAppFactory.ReaderBr01Token);
        using var kiosk = app.ClientWith(WarRoomAppFactory.KioskToken);

        Assert.Equal(HttpStatusCode.Forbidden, (await br02Head.PostAsJsonAsync($"/api/v1/guidance/{br01Item}/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/v1/guidance/{br01Item}/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.PostAsJsonAsync($"/api/v1/guidance/{br01Item}/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsJsonAsync("/api/v1/guidance/nonsense/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsJsonAsync("/api/v1/guidance/BR01.top_performer.no_such_kpi/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync($"/api/v1/guidance/{br01Item}/follow-up", new { status = "acknowledged" })).StatusCode);
        Assert.Equal("open", (await ItemsAsync(leader, "BR01"))[0].GetProperty("followUp").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_manager_may_not_follow_up_on_their_sub_branch()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var subBranchItem = (await ItemsAsync(leader, "SB0101")).First(i => i.GetProperty("unit").GetString() == "SB0101").GetProperty("id").GetString();
        using var manager = app.BrowserClient();
        await LoginForm.SignInAsync(manager, TestUsers.ManagerM00001, TestUsers.Password);

        using var response = await manager.PostAsJsonAsync($"/api/v1/guidance/{subBranchItem}/follow-up", new { status = "acknowledged" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_snapshot_freezes_the_follow_up_and_the_status_survives_a_restart()
    {
        using (var client = app.ClientWith(WarRoomAppFactory.LeaderToken))
        {
            var id = (await ItemsAsync(client, "BR04"))[0].GetProperty("id").GetString()!;
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/guidance/{id}/follow-up", new { status = "acknowledged" })).StatusCode);
            using var taken = await client.PostAsJsonAsync("/api/v1/snapshots", new { scope = "BR04", label = "follow-up" });
            var snapshot = JsonDocument.Parse(await taken.Content.ReadAsStringAsync()).RootElement;
            var frozen = snapshot.GetProperty("guidance").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
            Assert.Equal("acknowledged", frozen.GetProperty("followUp").GetProperty("status").GetString());
        }

        await app.DisposeAsync();
        await using var restarted = WarRoomAppFactory.With(app.DataDirectory);
        await restarted.WaitUntilReadyAsync();
        using var again = restarted.ClientWith(WarRoomAppFactory.LeaderToken);
        Assert.Equal("acknowledged", (await ItemsAsync(again, "BR04"))[0].GetProperty("followUp").GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string scope)
    {
        var json = await client.GetStringAsync($"/api/v1/guidance?scope={scope}");
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray()];
    }

    private static async Task AssertRefusedAsync(HttpClient client, string id, object body, string detail)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/guidance/{id}/follow-up", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Contains(detail, text, StringComparison.Ordinal);
    }
}
