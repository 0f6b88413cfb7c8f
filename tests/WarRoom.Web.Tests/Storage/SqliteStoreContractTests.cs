using WarRoom.Web.Storage;

namespace WarRoom.Web.Tests.Storage;

/// <summary>The contract against a real SQLite file in a temporary directory.</summary>
public sealed class SqliteStoreContractTests : KpiStoreContract, IDisposable
{
    private readonly TempDirectory dir = new();

    protected override Task<IKpiStore> OpenStoreAsync() => SqliteTestStores.OpenAsync(dir, Seed);

    public void Dispose() => dir.Dispose();
}
