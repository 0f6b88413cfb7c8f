using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Events;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Tests.Storage;

/// <summary>What only the SQLite adapter promises beyond the contract.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    private async Task<SqliteKpiStore> Open()
    {
        var store = new SqliteKpiStore(new SqliteStoreOptions { Path = dir.File("sub/warroom.db") }, seed, NullLogger<SqliteKpiStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task Events_survive_closing_and_reopening_the_file()
    {
        var events = InfluxTestStores.Batch(seed, 1, 3_000);
        await using (var first = await Open())
        {
            await first.WriteAsync(events, CancellationToken.None);
        }

        await using var second = await Open();
        var stored = new List<EventRecord>();
        await second.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(events, stored);
    }

    [Fact]
    public async Task A_version_1_file_gains_the_tag_columns_in_place_and_keeps_its_events_untagged()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(dir.File("sub/warroom.db"))!);
        using (var old = new SqliteConnection($"Data Source={dir.File("sub/warroom.db")};Pooling=false"))
        {
            old.Open();
            SqliteSchema.Execute(old, """
                CREATE TABLE unit_code (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
                CREATE TABLE kpi_code (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE);
                CREATE TABLE kpi_event (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, time_ms INTEGER NOT NULL, kpi INTEGER NOT NULL,
                    branch INTEGER, subbranch INTEGER, unit INTEGER NOT NULL, value REAL NOT NULL);
                INSERT INTO unit_code VALUES (1, 'M001'); INSERT INTO kpi_code VALUES (1, 'deposit_new');
                INSERT INTO kpi_event VALUES (1, 'old-1', 1799000000000, 1, NULL, NULL, 1, 12.5);
                PRAGMA user_version = 1;
                """);
        }

        await using var store = await Open();
        var tagged = TestSeed.Event(seed, 2, "M001", "deposit_new", "2027-01-04 09:00:00", 1) with { Tags = Core.Dimensions.EventTags.With(0, 0, 1) };
        await store.WriteAsync([tagged], CancellationToken.None);
        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);

        Assert.Equal([("old-1", 0UL), ("ev-2", tagged.Tags)], stored.OrderBy(e => e.Seq).Select(e => (e.Id, e.Tags)));
        using var check = new SqliteConnection($"Data Source={store.Path}");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal(2L, (long)version.ExecuteScalar()!);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_and_the_writer_leaves_the_log_sync_to_the_store()
    {
        // NORMAL, not FULL: the store fsyncs the log itself after each commit, outside its write lock (decision 0024).
        await using var store = await Open();
        using var connection = new SqliteConnection($"Data Source={store.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.Equal(1L, store.WriterPragma("synchronous")); // 1 = NORMAL
    }

    [Fact]
    public async Task A_second_event_with_a_known_id_is_not_stored()
    {
        await using var store = await Open();
        var first = TestSeed.Event(seed, 1, "M001", "deposit_new", "2027-01-04 09:00:00", 5, "dup");
        var second = TestSeed.Event(seed, 2, "M001", "deposit_new", "2027-01-04 09:00:00", 7, "dup");

        await store.WriteAsync([first, second], CancellationToken.None);

        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal([first], stored);
    }

    [Fact]
    public async Task An_event_for_a_unit_outside_the_seed_data_is_refused()
    {
        await using var store = await Open();
        var bad = new EventRecord(1, "x", 0, seed.Org.Count, 0, 1);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.WriteAsync([bad], CancellationToken.None));
    }

    [Theory]
    [InlineData("HQ", "kpi=?")]
    [InlineData("BR01", "kpi=? AND branch=?")]
    [InlineData("SB0101", "kpi=? AND branch=? AND subbranch=? AND time_ms>? AND time_ms<?")]
    [InlineData("M001", "kpi=? AND branch=? AND subbranch=? AND time_ms>? AND time_ms<?")]
    public async Task Series_of_every_scope_search_the_covering_index_by_prefix(string scope, string prefix)
    {
        await using var store = await Open();
        var query = new WarRoom.Web.Storage.SeriesQuery(seed.Org.Find(scope)!, seed.Kpis[0], TestSeed.CampaignStart, TestSeed.CampaignStart, TestSeed.CampaignEnd, TimeSpan.FromDays(1), TestSeed.Shanghai);

        var plan = store.ExplainSeries(query);

        Assert.Contains($"SEARCH kpi_event USING COVERING INDEX kpi_event_scope ({prefix})", plan);
    }

    public void Dispose() => dir.Dispose();
}
