using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Notify.NotifyHost;

namespace WarRoom.Web.Tests.Notify;

/// <summary>What WeCom answers decides a message's fate: 45009 waits and retries, 5xx is retried, another errcode fails it.</summary>
public sealed class WeComRulesTests
{
    [Fact]
    public async Task Errcode_45009_is_waited_out_and_the_message_is_sent_later()
    {
        await using var fake = await FakeWeCom.StartAsync("shared-key");
        fake.ForeignTraffic("shared-key", FakeWeCom.PerMinute, TimeSpan.FromSeconds(54));
        await using var app = With(fake, new Dictionary<string, string?> { ["WarRoom:Notify:WeCom:RateLimitBackoffSeconds"] = "3" },
            ("br01", "shared-key", "BR01", "briefing"));
        await app.WaitUntilReadyAsync();

        var (parts, _) = MorningParts(app, "br01");

        var items = await SettledAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), parts.Count, seconds: 40);

        Assert.Equal(parts.Count, items.Count);
        Assert.All(items, m => Assert.Equal("sent", m.GetProperty("status").GetString()));
        Assert.Contains(items, m => m.GetProperty("attempts").GetInt32() >= 2);
        Assert.Contains(fake.Refusals, r => r.ErrCode == 45009);
        Assert.Equal(parts, fake.For("shared-key").Select(m => m.Content));   // every part once, in order
        fake.AssertNothingRejected();
    }

    [Fact]
    public async Task Another_errcode_fails_the_message_with_wecoms_errmsg()
    {
        await using var fake = await FakeWeCom.StartAsync("the-right-key");
        await using var app = With(fake, new Dictionary<string, string?>(), ("br01", "a-wrong-key", "BR01", "briefing"));
        await app.WaitUntilReadyAsync();

        var (parts, _) = MorningParts(app, "br01");

        var items = await SettledAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), parts.Count);

        Assert.Equal(parts.Count, items.Count);
        Assert.All(items, message =>
        {
            Assert.Equal("failed", message.GetProperty("status").GetString());
            Assert.StartsWith("errcode 93000: invalid webhook url", message.GetProperty("lastError").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, message.GetProperty("attempts").GetInt32());
        });
    }

    [Fact]
    public async Task Server_errors_are_retried_and_the_message_arrives_once()
    {
        await using var fake = await FakeWeCom.StartAsync("key");
        fake.FailNext(2, 502);
        await using var app = With(fake, new Dictionary<string, string?>(), ("br01", "key", "BR01", "briefing"));
        await app.WaitUntilReadyAsync();

        var (parts, _) = MorningParts(app, "br01");

        var items = await SettledAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), parts.Count);

        Assert.Equal(parts.Count, items.Count);
        Assert.All(items, m => Assert.Equal("sent", m.GetProperty("status").GetString()));
        Assert.Equal(parts, fake.For("key").Select(m => m.Content));   // every part once, in order, whatever failed first
        fake.AssertNothingRejected();
    }

    [Theory]
    [InlineData("Url", "http://qyapi.example.com/cgi-bin/webhook/send?key=TOPSECRET", "must be https")]
    [InlineData("Scope", "BR99", "Scope 'BR99' is not a unit code")]
    [InlineData("Sends", "briefing,memes", "must list any of")]
    [InlineData("BriefingTime", "8am", "HH:mm")]
    public async Task A_bad_bot_stops_the_host_at_start_naming_the_key_but_never_the_webhook(string setting, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["WarRoom:Notify:WeCom:Bots:br01:Url"] = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=TOPSECRET",
            ["WarRoom:Notify:WeCom:Bots:br01:Scope"] = "BR01",
            [$"WarRoom:Notify:WeCom:Bots:br01:{setting}"] = value,
        };
        await using var app = WarRoomAppFactory.With(overrides: settings);

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await app.WaitUntilReadyAsync());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("WarRoom:Notify:WeCom:Bots:br01", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOPSECRET", error.ToString(), StringComparison.Ordinal);
    }
}
