using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Notify.NotifyHost;

namespace WarRoom.Web.Tests.Notify;

/// <summary>
/// The outbox across a SIGKILL: more messages than WeCom takes in a minute are queued, the first 20 go out, the
/// process is killed while the rest wait for the minute, and after the restart the rest go out once each — and not
/// before the minute is over (the fake answers 45009 to a 21st message, which fails the test).
/// </summary>
public sealed class OutboxRestartTests
{
    private const int NowRequests = 12;

    [Fact]
    public async Task Messages_queued_before_a_SIGKILL_are_sent_once_after_it_within_the_per_minute_limit()
    {
        await using var fake = await FakeWeCom.StartAsync("group-key");
        var directory = Directory.CreateTempSubdirectory("warroom-outbox-kill-").FullName;
        var settings = WarRoomAppFactory.DefaultSettings(directory);
        foreach (var (key, value) in Settings(fake, ("br01", "group-key", "BR01", "briefing,helpList")))
        {
            settings[key] = value;
        }

        int queued;
        await using (var first = await WarRoomProcess.StartAsync(settings))
        {
            using var client = Client(first);
            for (var i = 0; i < NowRequests; i++)
            {
                Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/v1/notifications/briefings/BR01", null)).StatusCode);
            }

            await UntilAsync(() => fake.For("group-key").Count == FakeWeCom.PerMinute, "the first minute's 20 messages");
            var items = await UntilSentAsync(client, FakeWeCom.PerMinute);
            queued = items.Count;
            Assert.True(queued > FakeWeCom.PerMinute, $"only {queued} messages queued");
            first.Kill();
        }

        await using var second = await WarRoomProcess.StartAsync(settings);
        using var again = Client(second);
        await UntilAsync(() => fake.For("group-key").Count >= queued, "the messages left after the restart", seconds: 120);
        var settled = await UntilSentAsync(again, queued);

        Assert.Equal(queued, settled.Count);
        Assert.All(settled, i => Assert.Equal("sent", i.GetProperty("status").GetString()));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(queued, fake.For("group-key").Count);
        fake.AssertNothingRejected();
    }

    /// <summary>Polls until at least <paramref name="sent"/> messages are sent; returns every message.</summary>
    private static async Task<List<JsonElement>> UntilSentAsync(HttpClient client, int sent)
    {
        List<JsonElement> items = [];
        await UntilAsync(() =>
        {
            items = NotificationsAsync(client).GetAwaiter().GetResult();
            return items.Count(i => i.GetProperty("status").GetString() == "sent") >= sent;
        }, $"{sent} messages marked sent", seconds: 120);
        return items;
    }

    private static HttpClient Client(WarRoomProcess server)
    {
        var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WarRoomAppFactory.LeaderToken);
        return client;
    }
}
