using System.Globalization;
using System.Text.RegularExpressions;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Infrastructure.Metrics;

/// <summary>/metrics as an operator reads it while screens are connected and events arrive.</summary>
public sealed partial class OperatorMetricsTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Hub_connections_count_the_open_screens_and_the_ingest_rate_shows_accepted_events()
    {
        await using (var first = await server.ConnectAsync(WarRoomAppFactory.KioskToken))
        await using (var second = await server.ConnectAsync(WarRoomAppFactory.KioskToken))
        {
            await first.InvokeAsync("Subscribe", "hq");
            Assert.Equal(2, await GaugeAsync("warroom_hub_connections"));
        }

        await WaitForAsync(async () => await GaugeAsync("warroom_hub_connections") == 0, "the connections to close");

        var events = Enumerable.Range(0, 50)
            .Select(i => Event($"metrics-rate-{i}", time: "2027-02-22T09:30:00+08:00", unit: "M00002", kpi: "customers_new", value: 1))
            .ToArray();
        await server.PostAsync(events);

        // The rate is the mean over the last whole seconds: 50 events in one second read as 50 / 10 = 5 per second.
        await WaitForAsync(async () => await GaugeAsync("warroom_ingest_events_per_second") >= 5, "the ingest rate to show 50 events");
    }

    private async Task<double> GaugeAsync(string name)
    {
        using var client = server.Client(WarRoomAppFactory.LeaderToken);
        var text = await client.GetStringAsync("/metrics");
        var match = Regex.Match(text, $"^{name} (\\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"{name} is missing from /metrics:\n{text}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"timed out waiting for {what}");
    }
}
