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
        var (briefing, help) = MorningParts(app, "br01");
        var (sbBriefing, _) = MorningParts(app, "sb0101");
        await UntilAsync(() => fake.For("key-br01-secret").Count >= briefing.Count + help.Count && fake.For("key-sb0101-secret").Count >= sbBriefing.Count, "the scheduled briefings");
        await Task.Delay(TimeSpan.FromSeconds(6)); // one more schedule check (every 5 s here) must queue nothing new

        // The 晨报 in its parts, then the help list: each part once, in order, tables written as lines.
        var br01 = fake.For("key-br01-secret");
        Assert.Equal(briefing.Concat(help), br01.Select(m => m.Content));
        Assert.StartsWith("# 北京分行晨报", br01[0].Content, StringComparison.Ordinal);
        Assert.All(br01, m => Assert.DoesNotContain("| :--", m.Content, StringComparison.Ordinal));
        Assert.StartsWith("# 帮扶名单 · 北京分行 · 2月22日", br01[briefing.Count].Content, StringComparison.Ordinal);
        Assert.Equal(sbBriefing, fake.For("key-sb0101-secret").Select(m => m.Content));
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var items = await SettledAsync(client, br01.Count + sbBriefing.Count);
        Assert.Equal(br01.Count + sbBriefing.Count, items.Count);
        Assert.All(items, i => Assert.Equal("sent", i.GetProperty("status").GetString()));
        Assert.Equal(help.Count, items.Count(i => i.GetProperty("kind").GetString() == "helpList"));
        Assert.Equal(briefing.Count + sbBriefing.Count, items.Count(i => i.GetProperty("kind").GetString() == "briefing"));
        fake.AssertNothingRejected();
    }

    [Fact]
    public async Task The_webhook_key_is_never_in_an_answer()
    {
        using var client = app.ClientWith(WarRoomAppFactory.LeaderToken);
        await SettledAsync(client, Scheduled());

        var body = await client.GetStringAsync("/api/v1/notifications");

        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Contains("send?key=***", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_or_branch_head_sends_a_briefing_now_and_others_may_not()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        await SettledAsync(leader, Scheduled());
        var (sbBriefing, _) = MorningParts(app, "sb0101");

        using var sent = await leader.PostAsync("/api/v1/notifications/briefings/SB0101", null);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        await UntilAsync(() => fake.For("key-sb0101-secret").Count == 2 * sbBriefing.Count, "the briefing sent now");
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
        await SettledAsync(leader, Scheduled());
        var (sbBriefing, _) = MorningParts(app, "sb0101");

        Assert.Empty(await NotificationsAsync(app.ClientWith(WarRoomAppFactory.BranchHeadBr02Token)));
        Assert.Equal(Scheduled(), (await NotificationsAsync(app.ClientWith(WarRoomAppFactory.ReaderBr01Token))).Count);
        Assert.Equal(sbBriefing.Count, (await NotificationsAsync(leader, "?scope=SB0101")).Count);
        Assert.Empty(await NotificationsAsync(leader, "?status=failed"));
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync("/api/v1/notifications?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(WarRoomAppFactory.ReaderBr01Token).GetAsync("/api/v1/notifications?scope=BR02")).StatusCode);
    }

    /// <summary>The outbox messages of the morning: both bots' 晨报 and BR01's help list, in their parts.</summary>
    private int Scheduled()
    {
        var (briefing, help) = MorningParts(app, "br01");
        return briefing.Count + help.Count + MorningParts(app, "sb0101").Briefing.Count;
    }
}
