using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>The contract against a real influxd, a fresh database per test.</summary>
[RequiresInfluxd]
[Collection(InfluxCollection.Name)]
public sealed class InfluxStoreContractTests(InfluxFixture influx) : KpiStoreContract, IDisposable
{
    private readonly TempDirectory dir = new();

    protected override async Task<IKpiStore> OpenStoreAsync()
    {
        var options = new InfluxOptions
        {
            Url = influx.Url,
            Database = InfluxFixture.NewDatabase(),
            SpoolPath = dir.File("spool.db"),
            BatchLines = 5000,
        };
        var store = new InfluxKpiStore(options, Seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose() => dir.Dispose();
}
