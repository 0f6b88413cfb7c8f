using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;
using static WarRoom.Web.Tests.Notify.NotifyHost;

namespace WarRoom.Web.Tests.Notify;

/// <summary>喜报 reach the groups whose scope holds the deal, several in one message; pace alerts once per crossing, never in quiet hours.</summary>
public sealed class DealsAndAlertsTests
{
    [Fact]
    public async Task Big_deals_landing_together_share_one_message_in_each_group_that_holds_them()
    {
        await using var fake = await FakeWeCom.StartAsync("br01", "br02", "hq");
        await using var app = With(fake, new Dictionary<string, string?> { ["WarRoom:Notify:DealBatchSeconds"] = "2" },
            ("br01", "br01", "BR01", "deals"), ("br02", "br02", "BR02", "deals"), ("hq", "hq", "HQ", "deals"));
        await app.WaitUntilReadyAsync();
        using var ingest = app.ClientWith(WarRoomAppFactory.IngestKey);

        await PostAsync(ingest, Event("deal-1", unit: "M00001", value: 800), Event("deal-small", unit: "M00001", value: 20));
        await PostAsync(ingest, Event("deal-2", unit: "M00200", value: 900));
        await UntilAsync(() => fake.For("hq").Count == 1 && fake.For("br01").Count == 1 && fake.For("br02").Count == 1, "the 喜报");

        var hq = fake.For("hq")[0].Content;
        Assert.StartsWith("# 🎉 喜报 · 总行", hq, StringComparison.Ordinal);
        Assert.Contains("贺雅薇", hq, StringComparison.Ordinal);
        Assert.Contains("黄明华", hq, StringComparison.Ordinal);
        Assert.Contains("800", hq, StringComparison.Ordinal);
        Assert.DoesNotContain("黄明华", fake.For("br01")[0].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("贺雅薇", fake.For("br02")[0].Content, StringComparison.Ordinal);
        fake.AssertNothingRejected();
    }

    [Fact]
    public async Task A_crossing_is_alerted_once()
    {
        await using var fake = await FakeWeCom.StartAsync("br01");
        await using var app = With(fake, new Dictionary<string, string?> { ["WarRoom:Notify:QuietHours"] = "" }, ("br01", "br01", "BR01", "alerts"));
        await app.WaitUntilReadyAsync();

        var first = await SettledAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), 1);
        await Task.Delay(TimeSpan.FromSeconds(11)); // two more checks

        var alert = Assert.Single(fake.For("br01"));
        Assert.Equal("alert", Assert.Single(first).GetProperty("kind").GetString());
        Assert.StartsWith("# ⚠️ 进度预警 · 北京分行", alert.Content, StringComparison.Ordinal);
        Assert.Contains("落后时间进度", alert.Content, StringComparison.Ordinal);
        Assert.Contains("详见单位页面", alert.Content, StringComparison.Ordinal);
        fake.AssertNothingRejected();
    }

    [Fact]
    public async Task Nothing_is_alerted_in_quiet_hours()
    {
        await using var fake = await FakeWeCom.StartAsync("br01");
        await using var app = With(fake, new Dictionary<string, string?> { ["WarRoom:Notify:QuietHours"] = "09:00-11:00" }, ("br01", "br01", "BR01", "alerts"));
        await app.WaitUntilReadyAsync();

        await Task.Delay(TimeSpan.FromSeconds(7));

        Assert.Empty(fake.Messages);
        Assert.Empty(await NotificationsAsync(app.ClientWith(WarRoomAppFactory.LeaderToken)));
    }
}
