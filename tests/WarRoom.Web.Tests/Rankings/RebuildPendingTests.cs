using System.Net;
using System.Net.Sockets;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Rankings;

/// <summary>
/// While the aggregates wait for their rebuild (here the InfluxDB address answers nothing, so it never starts), the
/// reads that depend on them are 503 with Retry-After instead of rankings of all zeros; what does not depend on
/// them (the catalogue, liveness) answers as usual.
/// </summary>
public sealed class RebuildPendingTests : IAsyncLifetime
{
    private WarRoomAppFactory app = null!;

    public Task InitializeAsync()
    {
        var directory = Directory.CreateTempSubdirectory("warroom-pending-").FullName;
        app = WarRoomAppFactory.With(directory, new Dictionary<string, string?>
        {
            ["WarRoom:Store"] = "Influx",
            ["WarRoom:Influx:Url"] = $"http://127.0.0.1:{ClosedPort()}",
            ["WarRoom:Influx:Database"] = "pending",
            ["WarRoom:Influx:SpoolPath"] = Path.Combine(directory, "influx-spool.db"),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/api/v1/rankings?level=branch")]
    [InlineData("/api/v1/units/BR01")]
    [InlineData("/api/v1/guidance?scope=HQ")]
    public async Task Reads_of_the_aggregates_are_503_with_Retry_After(string path)
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

        var response = await leader.GetAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("WarRoom is starting", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_and_liveness_still_answer()
    {
        using var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/v1/kpis")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await leader.GetAsync("/readyz")).StatusCode);
    }

    /// <summary>A loopback port nobody listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
