namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// One influxd shared by the tests of <see cref="InfluxCollection"/>; each test uses a database of its own.
/// Where influxd is missing the fixture stays idle (the tests skip) unless WARROOM_REQUIRE_INFRA=1, where using it
/// fails with the reason.
/// </summary>
public sealed class InfluxFixture : IAsyncLifetime
{
    private InfluxdProcess? influxd;

    public InfluxdProcess Influxd => influxd ?? throw new InvalidOperationException(
        InfluxdLocator.Path is null ? "influxd is not on PATH but WARROOM_REQUIRE_INFRA=1 requires the Influx tests to run" : "influxd has not started");

    public string Url => Influxd.Url;

    public static string NewDatabase() => "t" + Guid.NewGuid().ToString("N");

    public void Stop() => Influxd.Stop();

    public Task StartAsync() => Influxd.StartAsync();

    public async Task InitializeAsync()
    {
        if (InfluxdLocator.Path is { } path)
        {
            influxd = new InfluxdProcess(path);
            await influxd.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (influxd is not null)
        {
            await influxd.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class InfluxCollection : ICollectionFixture<InfluxFixture>
{
    public const string Name = "influxd";
}
