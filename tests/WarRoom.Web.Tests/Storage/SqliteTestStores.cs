using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Tests.Storage;

/// <summary>A real SQLite store on a file in a test's temporary directory, initialised (the contract and late-resend tests).</summary>
internal static class SqliteTestStores
{
    public static async Task<IKpiStore> OpenAsync(TempDirectory dir, SeedData seed)
    {
        var store = new SqliteKpiStore(new SqliteStoreOptions { Path = dir.File("warroom.db") }, seed, NullLogger<SqliteKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
