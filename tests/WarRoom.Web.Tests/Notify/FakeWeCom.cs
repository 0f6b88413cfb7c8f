using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WarRoom.Web.Tests.Notify;

/// <summary>
/// A WeCom group-bot webhook on loopback that keeps the real service's documented rules: POST
/// /cgi-bin/webhook/send?key=…, a JSON body <c>{"msgtype":"markdown","markdown":{"content":…}}</c> with content of
/// at most 4,096 bytes of UTF-8, at most 20 messages per key per minute (errcode 45009 past that), errcode 93000 for
/// an unknown key. Every refusal is recorded: <see cref="AssertNothingRejected"/> fails a test on any message WeCom
/// would have refused (except 45009s provoked on purpose with <see cref="ForeignTraffic"/>).
/// </summary>
public sealed class FakeWeCom : IAsyncDisposable
{
    public const int MaxBytes = 4096;
    public const int PerMinute = 20;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> windows = new(StringComparer.Ordinal);
    private readonly HashSet<string> keys;
    private readonly ConcurrentDictionary<string, bool> foreignKeys = new(StringComparer.Ordinal);
    private int failNext;
    private int failStatus;

    private FakeWeCom(WebApplication app, HashSet<string> keys)
    {
        this.app = app;
        this.keys = keys;
    }

    public sealed record Received(string Key, string Content, DateTimeOffset At);

    public sealed record Refusal(string Key, int ErrCode, string Reason, bool Provoked);

    public ConcurrentQueue<Received> Messages { get; } = new();
    public ConcurrentQueue<Refusal> Refusals { get; } = new();

    public Uri Address { get; private set; } = null!;

    public string UrlFor(string key) => new Uri(Address, $"/cgi-bin/webhook/send?key={key}").ToString();

    public IReadOnlyList<Received> For(string key) => [.. Messages.Where(m => m.Key == key)];

    public static async Task<FakeWeCom> StartAsync(params string[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWeCom(app, new HashSet<string>(keys, StringComparer.Ordinal));
        app.MapPost("/cgi-bin/webhook/send", (Delegate)fake.HandleAsync);
        await app.StartAsync();
        fake.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls answer HTTP <paramref name="status"/> (a WeCom outage).</summary>
    public void FailNext(int count, int status)
    {
        Volatile.Write(ref failStatus, status);
        Volatile.Write(ref failNext, count);
    }

    /// <summary>
    /// Another system posted <paramref name="count"/> messages with this key <paramref name="ago"/> ago: the minute is used
    /// up, and the 45009s this key gets from now on are provoked.
    /// </summary>
    public void ForeignTraffic(string key, int count, TimeSpan ago)
    {
        foreignKeys[key] = true;
        var window = windows.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (window)
        {
            for (var i = 0; i < count; i++)
            {
                window.Enqueue(DateTimeOffset.UtcNow - ago);
            }
        }
    }

    public void AssertNothingRejected()
    {
        var unexpected = Refusals.Where(r => !r.Provoked).ToList();
        Assert.True(unexpected.Count == 0, "WeCom would have refused: " + string.Join("; ", unexpected.Select(r => $"{r.ErrCode} {r.Reason}")));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (Interlocked.Decrement(ref failNext) >= 0)
        {
            return Results.StatusCode(Volatile.Read(ref failStatus));
        }

        var key = http.Request.Query["key"].ToString();
        if (!keys.Contains(key))
        {
            return Refuse(key, 93000, "invalid webhook url, hint: [fake] key not found", provoked: true);
        }

        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Refuse(key, 40008, $"invalid message type: content-type '{http.Request.ContentType}'", provoked: false);
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        string content;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.GetProperty("msgtype").GetString() != "markdown")
            {
                return Refuse(key, 40008, "invalid message type: msgtype must be markdown here", provoked: false);
            }

            content = json.RootElement.GetProperty("markdown").GetProperty("content").GetString() ?? "";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Refuse(key, 40035, "invalid parameter: " + e.Message, provoked: false);
        }

        if (content.Length == 0)
        {
            return Refuse(key, 44004, "empty content", provoked: false);
        }

        if (Encoding.UTF8.GetByteCount(content) > MaxBytes)
        {
            return Refuse(key, 40058, $"markdown.content exceed max length {MaxBytes}: {Encoding.UTF8.GetByteCount(content)} bytes", provoked: false);
        }

        var window = windows.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        var now = DateTimeOffset.UtcNow;
        lock (window)
        {
            while (window.Count > 0 && now - window.Peek() >= TimeSpan.FromMinutes(1))
            {
                window.Dequeue();
            }

            if (window.Count >= PerMinute)
            {
                var foreign = ForeignInWindow(key);
                return Refuse(key, 45009, "api freq out of limit", provoked: foreign);
            }

            window.Enqueue(now);
        }

        Messages.Enqueue(new Received(key, content, now));
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private bool ForeignInWindow(string key) => foreignKeys.ContainsKey(key);

    private IResult Refuse(string key, int errCode, string reason, bool provoked)
    {
        Refusals.Enqueue(new Refusal(key, errCode, reason, provoked));
        return Results.Json(new { errcode = errCode, errmsg = reason });
    }
}
