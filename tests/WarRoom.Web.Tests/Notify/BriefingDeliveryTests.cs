using System.Net;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Notify.NotifyHost;

namespace WarRoom.Web.Tests.Notify;

/// <summary>
/// The scheduled 晨报 and help list reach the group once, "send now" queues another, and nothing shows the webhook
/// key. The frozen clock is Monday 2027-02-22 10:00, two hours after the default 08:00 briefing time.
/// </summary>
public sealed class BriefingDeliveryTests : IAsyncLifetime
{
    private FakeWeCom fake = null!;
    private WarRoomAppFactory app = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeWeCom.StartAsync("key-br01-secret", "key-sb0101-secret");
        app = With(fake, new Dictionary<string, string?>(), ("br01", "key-br01-secret", "BR01", "briefing,helpList"), ("sb0101", "key-sb0101-secret", "SB0101", "briefing"));
        await app.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task The_briefing_then_the_help_list_reach_the_group_once_on_a_working_morning()
    {
        await UntilAsync(() => fake.For("key-br01-secret").Count >= 2 && fake.For("key-sb0101-secret").Count >= 1, "the scheduled briefings");
        await Task.Delay(TimeSpan.FromSeconds(6)); // one more schedule check (every 5 s here) must queue nothing new

        var br01 = fake.For("key-br01-secret");
        Assert.Equal(2, br01.Count);
        Assert.StartsWith("# 北京分行晨报", br01[0].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("| :--", br01[0].Content, StringComparison.Ordinal);
        Assert.StartsWith("# 帮扶名单 · 北京分行 · 2月22日", br01[1].Content, StringComparison.Ordinal);
        Assert.Single(fake.For("key-sb0101-secret"));
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var items = await SettledAsync(client, 3);
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal("sent", i.GetProperty("status").GetString()));
        Assert.Equal(["helpList", "briefing", "briefing"], items.Select(i => i.GetProperty("kind").GetString()).Order(StringComparer.Ordinal).Reverse());
        fake.AssertNothingRejected();
    }

    [Fact]
    public async Task The_webhook_key_is_never_in_an_answer()
    {
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        await SettledAsync(client, 3);

        var body = await client.GetStringAsync("/api/v1/notifications");

        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Contains("send?key=***", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_or_branch_head_sends_a_briefing_now_and_others_may_not()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        await SettledAsync(leader, 3);

        using var sent = await leader.PostAsync("/api/v1/notifications/briefings/SB0101", null);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        await UntilAsync(() => fake.For("key-sb0101-secret").Count == 2, "the briefing sent now");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(WarRoomAppFactory.ReaderBr01Token).PostAsync("/api/v1/notifications/briefings/BR01", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token).PostAsync("/api/v1/notifications/briefings/BR01", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("/api/v1/notifications/briefings/BR03", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostAsync("/api/v1/notifications/briefings/NOPE", null)).StatusCode);
        Assert.Contains("notify.briefing-now", await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "audit.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_are_listed_within_the_callers_scope_and_by_status()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        await SettledAsync(leader, 3);

        Assert.Empty(await NotificationsAsync(app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token)));
        Assert.Equal(3, (await NotificationsAsync(app.ClientWith(WarRoomAppFactory.ReaderBr01Token))).Count);
        Assert.Single(await NotificationsAsync(leader, "?scope=SB0101"));
        Assert.Empty(await NotificationsAsync(leader, "?status=failed"));
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync("/api/v1/notifications?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(WarRoomAppFactory.ReaderBr01Token).GetAsync("/api/v1/notifications?scope=BR02")).StatusCode);
    }
}
