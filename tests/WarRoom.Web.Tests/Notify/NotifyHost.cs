using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Web.Features.Notify;
using WarRoom.Web.Features.Notify.Schedule;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Notify;

/// <summary>The real host with group bots pointed at a <see cref="FakeWeCom"/>, and waits that poll instead of sleeping.</summary>
internal static class NotifyHost
{
    public static WarRoomAppFactory With(FakeWeCom fake, IDictionary<string, string?> extra, params (string Name, string Key, string Scope, string Sends)[] bots)
    {
        var settings = new Dictionary<string, string?>(extra)
        {
            ["WarRoom:Notify:DealBatchSeconds"] = extra.TryGetValue("WarRoom:Notify:DealBatchSeconds", out var d) ? d : "1",
            ["WarRoom:Notify:AlertCheckSeconds"] = extra.TryGetValue("WarRoom:Notify:AlertCheckSeconds", out var a) ? a : "5",
        };
        foreach (var (key, value) in Settings(fake, bots))
        {
            settings[key] = value;
        }

        return WarRoomAppFactory.With(overrides: settings);
    }

    public static Dictionary<string, string?> Settings(FakeWeCom fake, params (string Name, string Key, string Scope, string Sends)[] bots)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (name, key, scope, sends) in bots)
        {
            settings[$"WarRoom:Notify:WeCom:Bots:{name}:Url"] = fake.UrlFor(key);
            settings[$"WarRoom:Notify:WeCom:Bots:{name}:Scope"] = scope;
            settings[$"WarRoom:Notify:WeCom:Bots:{name}:Sends"] = sends;
        }

        return settings;
    }

    /// <summary>Polls until <paramref name="done"/> holds, failing with <paramref name="what"/> after <paramref name="seconds"/>.</summary>
    public static async Task UntilAsync(Func<bool> done, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), "timed out waiting for " + what);
            await Task.Delay(100);
        }
    }

    public static async Task<List<JsonElement>> NotificationsAsync(HttpClient client, string query = "")
    {
        var json = await client.GetStringAsync("/api/v1/notifications" + query);
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Polls the API until every message is sent or failed, and returns them.</summary>
    public static async Task<List<JsonElement>> SettledAsync(HttpClient client, int count, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var items = await NotificationsAsync(client);
            if (items.Count >= count && items.All(i => i.GetProperty("status").GetString() != "pending"))
            {
                return items;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"timed out: {items.Count} messages, {items.Count(i => i.GetProperty("status").GetString() == "pending")} pending");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// What <paramref name="bot"/>'s 晨报 and help list of the frozen morning go out as: each text cut into parts of
    /// at most 4,096 bytes of UTF-8 (WeCom's limit for markdown content, checked here against the fake's own figure),
    /// every part its own outbox message. A 晨报 of fifteen KPIs takes more than one.
    /// </summary>
    public static (IReadOnlyList<string> Briefing, IReadOnlyList<string> HelpList) MorningParts(WarRoomAppFactory app, string bot)
    {
        var b = app.Services.GetRequiredService<WeComBots>().Find(bot) ?? throw new ArgumentException($"no bot {bot}", nameof(bot));
        var date = DateOnly.FromDateTime(WarRoomAppFactory.Now.DateTime);
        var briefing = WeComMarkdown.Split(WeComMarkdown.Adapt(app.Services.GetRequiredService<BriefingWriter>().Write(b.Scope, date, b.Language)));
        IReadOnlyList<string> help = b.Does(BotSends.HelpList)
            ? WeComMarkdown.Split(WeComMarkdown.Adapt(app.Services.GetRequiredService<BriefingQueue>().HelpList(b, date)))
            : [];
        Assert.All(briefing.Concat(help), part => Assert.InRange(Encoding.UTF8.GetByteCount(part), 1, FakeWeCom.MaxBytes));
        return (briefing, help);
    }
}
