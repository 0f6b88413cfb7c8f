using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>Only leaders and branch heads take snapshots, each inside their scope; everyone sees only snapshots inside theirs.</summary>
public sealed class SnapshotAccessTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
    private readonly HttpClient branchHead = app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token);
    private readonly HttpClient reader = app.ClientWith(WarRoomAppFactory.ReaderBr01Token);
    private readonly HttpClient kiosk = app.ClientWith(WarRoomAppFactory.KioskToken);

    [Fact]
    public async Task Readers_and_kiosks_may_not_take_snapshots_and_anonymous_callers_are_401()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await SnapshotApi.TakeAsync(reader, "BR01", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SnapshotApi.TakeAsync(kiosk, "HQ", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SnapshotApi.TakeAsync(app.CreateClient(), "HQ", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/snapshots")).StatusCode);
    }

    [Fact]
    public async Task A_branch_head_takes_snapshots_of_their_branch_and_below_only()
    {
        var own = await SnapshotApi.TakeOkAsync(branchHead, "BR02", "上海分行周会");
        var sub = await SnapshotApi.TakeOkAsync(branchHead, "SB0201", "支行周会");

        Assert.Equal("BR02", own["scope"]!["code"]!.GetValue<string>());
        Assert.Equal("SB0201", sub["scope"]!["code"]!.GetValue<string>());
        foreach (var outside in new[] { "HQ", "BR01", "SB0101" })
        {
            var problem = await SnapshotApi.ProblemAsync(await SnapshotApi.TakeAsync(branchHead, outside, "x"), HttpStatusCode.Forbidden);
            Assert.Contains($"'{outside}' is outside your scope (BR02)", problem["detail"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_list_and_reads_keep_to_the_callers_scope()
    {
        var bank = await SnapshotApi.TakeOkAsync(leader, "HQ", "全行");
        var shanghai = await SnapshotApi.TakeOkAsync(branchHead, "BR02", "上海");
        var beijing = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京");

        var all = await ListAsync(leader);
        var br02 = await ListAsync(branchHead);
        var br01 = await ListAsync(reader);

        Assert.Contains(bank.Id(), all);
        Assert.Contains(shanghai.Id(), all);
        Assert.Contains(beijing.Id(), all);
        Assert.Contains(shanghai.Id(), br02);
        Assert.DoesNotContain(bank.Id(), br02);
        Assert.DoesNotContain(beijing.Id(), br02);
        Assert.Contains(beijing.Id(), br01);
        Assert.DoesNotContain(bank.Id(), br01);
        Assert.DoesNotContain(shanghai.Id(), br01);
        Assert.Equal(all.OrderDescending(), all);

        Assert.Equal(HttpStatusCode.Forbidden, (await branchHead.GetAsync($"/api/v1/snapshots/{bank.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/api/v1/snapshots/{shanghai.Id()}/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/snapshots/{beijing.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/api/v1/snapshots/999999")).StatusCode);
    }

    [Fact]
    public async Task Taking_exporting_and_refusals_are_audited()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(branchHead, "BR02", "审计测试");
        await SnapshotApi.ExportAsync(branchHead, snapshot.Id(), "csv", "manager");
        await SnapshotApi.TakeAsync(branchHead, "BR01", "越权");

        var entries = await app.Services.GetRequiredService<IAuditLog>().ReadRecentAsync(1000);
        Assert.Contains(entries, e => e is { Action: "snapshot.take", Actor: "br02head", Succeeded: true } && e.Target == $"snapshot {snapshot.Id()} (BR02)");
        Assert.Contains(entries, e => e is { Action: "snapshot.export", Actor: "br02head", Succeeded: true } && e.Target == $"snapshot {snapshot.Id()} (BR02)" && e.Detail!.StartsWith("csv level manager", StringComparison.Ordinal));
        Assert.Contains(entries, e => e is { Action: "snapshot.take", Actor: "br02head", Succeeded: false, Target: "BR01" });
    }

    private static async Task<List<long>> ListAsync(HttpClient client)
    {
        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/snapshots"))!;
        return [.. list["snapshots"]!.AsArray().Select(s => s!["id"]!.GetValue<long>())];
    }
}
