using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>
/// A start that replays a whole SQLite file keeps only the newest ids exact (decision 0022); a resend of an older
/// one is then asked of the store and found a duplicate, new ids beside it count, and nothing is stored twice.
/// </summary>
public sealed class LateResendAfterRebuildTests : IAsyncLifetime, IDisposable
{
    private const int RecentIds = 500;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider clock = new(TestSeed.CampaignStart.AddDays(3));
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();
    private readonly int[] managers;
    private IKpiStore store = null!;

    public LateResendAfterRebuildTests() => managers = [.. seed.Org.Units.Where(u => u.Level == OrgLevel.Manager).Select(u => u.Index)];

    public async Task InitializeAsync() => store = await SqliteTestStores.OpenAsync(dir, seed);

    [Fact]
    public async Task An_old_id_resent_after_a_full_replay_is_a_duplicate_found_in_the_store()
    {
        var first = Pipeline(new IdLedger(clock, Window, 100_000));
        await first.StartAsync(CancellationToken.None);
        first.Open(0);
        for (var from = 0; from < 3_000; from += 500)
        {
            Assert.Equal(500, (await first.SubmitAsync(Events("old", from, 500))).Accepted);
        }

        await first.StopAsync(CancellationToken.None);
        first.Dispose();

        // The next start: no checkpoint, the whole file replayed.
        var ledger = new IdLedger(clock, Window, RecentIds);
        var replay = new RebuildReplay(ledger, new TotalsBudget(seed.Kpis), []);
        await store.ReadAllAsync(replay.Add, CancellationToken.None);
        replay.Finish();
        Assert.Equal(3_000, replay.Count);
        Assert.Equal(3_000, ledger.Count);
        Assert.InRange(ledger.RecentCount, RecentIds, 2 * RecentIds);
        Assert.True(ledger.MayBeStored(IdLedger.Hash("old-0")));

        using var next = Pipeline(ledger);
        await next.StartAsync(CancellationToken.None);
        next.Open(replay.LastSeq);
        var resend = await next.SubmitAsync([.. Events("old", 0, 40), .. Events("fresh", 0, 2, firstIndex: 40)]);

        Assert.Equal(2, resend.Accepted);
        Assert.Equal(Enumerable.Range(0, 40), resend.DuplicateIndexes.Order());
        Assert.True(next.LateLookups >= 40, $"{next.LateLookups} ids asked of the store");
        Assert.Equal(0, (await next.SubmitAsync(Events("old", 2_990, 10))).Accepted);
        await next.StopAsync(CancellationToken.None);

        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(3_002, stored.Select(e => e.Id).Distinct().Count());
        Assert.Equal(3_002, stored.Count);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        await services.DisposeAsync();
    }

    public void Dispose() => dir.Dispose();

    private IngestPipeline Pipeline(IdLedger ledger) =>
        new(store, ledger, new TotalsBudget(seed.Kpis), new EventObservers(), Options.Create(new IngestOptions { ResendWindow = Window }),
            new WarRoomMetrics(services.GetRequiredService<IMeterFactory>()), NullLogger<IngestPipeline>.Instance);

    /// <summary>The same prefix and numbers give the same events (id, time, unit, KPI): a resend.</summary>
    private List<IncomingEvent> Events(string prefix, int from, int count, int firstIndex = 0) =>
    [
        .. Enumerable.Range(from, count).Select(i => new IncomingEvent
        {
            Index = firstIndex + i - from,
            Id = $"{prefix}-{i}",
            TimeMs = TestSeed.CampaignStart.AddDays(2).AddSeconds(prefix.Length * 10_000 + i).ToUnixTimeMilliseconds(),
            Unit = managers[i % managers.Length],
            Kpi = 0,
            Value = 1,
        }),
    ];
}
