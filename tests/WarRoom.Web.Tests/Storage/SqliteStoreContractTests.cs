using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Tests.Storage;

/// <summary>The contract against a real SQLite file in a temporary directory.</summary>
public sealed class SqliteStoreContractTests : KpiStoreContract, IDisposable
{
    private readonly TempDirectory dir = new();

    protected override async Task<IKpiStore> OpenStoreAsync()
    {
        var store = new SqliteKpiStore(new SqliteStoreOptions { Path = dir.File("warroom.db") }, Seed, NullLogger<SqliteKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose() => dir.Dispose();
}
