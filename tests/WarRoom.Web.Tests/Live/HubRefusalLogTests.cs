using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Live;

/// <summary>
/// A kiosk asking for a board outside its scope is an expected refusal: one warning line without a stack, not an
/// error with a stack trace per attempt (a misconfigured screen retrying would flood the error log).
/// </summary>
public sealed class HubRefusalLogTests(HubRefusalLogTests.LoggedServer server) : IClassFixture<HubRefusalLogTests.LoggedServer>
{
    [Fact]
    public async Task A_refused_subscription_is_one_warning_without_a_stack()
    {
        await using var client = await server.ConnectAsync(LiveServer.KioskBr01Token);
        // Only what the refusals log: a readiness probe that found the host still starting (an error line the health
        // check service writes by design, before the host is ready) is not this test's subject.
        var before = server.Logs.Entries.Count;

        await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("Subscribe", "hq"));
        await Assert.ThrowsAsync<HubException>(() => client.InvokeAsync("SubscribeUnit", "BR02"));

        var entries = server.Logs.Entries.Skip(before).ToList();
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        var warnings = entries.Where(e => e.Category == typeof(LiveHubFilter).FullName && e.Level == LogLevel.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Null(w.Exception));
        Assert.Contains("403 forbidden", warnings[0].Message, StringComparison.Ordinal);
    }

    public sealed class LoggedServer : LiveServer
    {
        public LoggedServer()
            : this(new LogCapture())
        {
        }

        private LoggedServer(LogCapture logs)
            : base(new Dictionary<string, string?>(), services => services.AddSingleton<ILoggerProvider>(logs)) => Logs = logs;

        public LogCapture Logs { get; }
    }
}
