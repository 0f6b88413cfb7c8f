using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>Late resends against a real SQLite file: its unique id index answers.</summary>
public sealed class SqliteLateResendTests : LateResendTests, IDisposable
{
    private readonly TempDirectory dir = new();

    protected override Task<IKpiStore> OpenStoreAsync() => SqliteTestStores.OpenAsync(dir, Seed);

    public void Dispose() => dir.Dispose();
}

/// <summary>Late resends against a real influxd: each id looked for in its own series and second.</summary>
[RequiresInfluxd]
[Collection(InfluxCollection.Name)]
public sealed class InfluxLateResendTests(InfluxFixture influx) : LateResendTests, IDisposable
{
    private readonly TempDirectory dir = new();

    protected override async Task<IKpiStore> OpenStoreAsync()
    {
        var options = new InfluxOptions { Url = influx.Url, Database = InfluxFixture.NewDatabase(), SpoolPath = dir.File("spool.db") };
        var store = new InfluxKpiStore(options, Seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose() => dir.Dispose();
}
