using System.Net;
using System.Text.Json;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Infrastructure.Errors;

/// <summary>
/// Every read route while the store is down (a real influxd, stopped under a running app): what the aggregates
/// hold is still shown, and what needs the store is answered 503 with Retry-After and a problem+json detail —
/// never a 500. The one exception handler does the mapping, whichever route met the outage.
/// </summary>
public sealed class StoreOutageAnswerTests(StoreOutageAnswerTests.Outage outage) : IClassFixture<StoreOutageAnswerTests.Outage>
{
    /// <summary>The app on a real influxd, which is stopped once the app is ready (when influxd is installed).</summary>
    public sealed class Outage : IAsyncLifetime
    {
        private readonly TempDirectory dir = new();
        private InfluxdProcess? influxd;

        public WarRoomAppFactory App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            if (InfluxdLocator.SkipReason is not null)
            {
                return;
            }

            influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
            await influxd.StartAsync();
            App = WarRoomAppFactory.With(dir.Path, new Dictionary<string, string?>
            {
                ["WarRoom:Store"] = "Influx",
                ["WarRoom:Influx:Url"] = influxd.Url,
                ["WarRoom:Influx:Database"] = InfluxFixture.NewDatabase(),
                ["WarRoom:Influx:SpoolPath"] = dir.File("influx-spool.db"),
                ["WarRoom:Influx:MaxRetries"] = "1",
                ["WarRoom:Influx:RetryDelay"] = "00:00:00.05",
                ["WarRoom:Influx:RequestTimeout"] = "00:00:03",
            });
            await App.WaitUntilReadyAsync();
            influxd.Stop();
        }

        public async Task DisposeAsync()
        {
            if (App is not null)
            {
                await App.DisposeAsync();
            }

            if (influxd is not null)
            {
                await influxd.DisposeAsync();
            }

            dir.Dispose();
        }
    }

    public static TheoryData<string> ReadRoutes() =>
        [.. RouteCatalog.All.Where(r => r.Method == "GET" && r.Access is Access.Read or Access.Anyone).Select(r => r.Key)];

    [InfluxFact]
    public async Task An_hourly_trend_needs_the_store_and_is_answered_503_with_retry_after()
    {
        using var client = outage.App.ClientWith(WarRoomAppFactory.LeaderToken);

        var response = await client.GetAsync("/api/v1/units/BR01/trend?kpi=deposit_new&interval=1h");

        await AssertUnavailableAsync(response);
    }

    [InfluxFact]
    public async Task The_daily_trend_and_the_drill_down_are_served_from_the_aggregates()
    {
        using var client = outage.App.ClientWith(WarRoomAppFactory.LeaderToken);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units/BR01/trend?kpi=deposit_new&interval=1d")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/units/BR01")).StatusCode);
    }

    [InfluxTheory]
    [MemberData(nameof(ReadRoutes))]
    public async Task No_read_route_answers_500_during_an_outage(string key)
    {
        var route = RouteCatalog.Find(key);
        using var client = outage.App.ClientWith(WarRoomAppFactory.LeaderToken);

        var response = await client.GetAsync(route.Url("BR01"));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && route.Pattern != "/readyz")
        {
            await AssertUnavailableAsync(response);
        }
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }
}
