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
/// A resend older than the id ledger's window (decision 0022) on a real store: the ledger no longer holds the ids
/// exactly, the writer asks the store, and not one acknowledged event is counted twice. Subclasses: a SQLite file,
/// a real influxd.
/// </summary>
public abstract class LateResendTests : IAsyncLifetime
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider clock = new(TestSeed.CampaignStart.AddDays(3));
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly int[] managers;
    private IdLedger ledger = null!;
    private IKpiStore store = null!;
    private IngestPipeline pipeline = null!;

    protected LateResendTests() => managers = [.. Seed.Org.Units.Where(u => u.Level == OrgLevel.Manager).Select(u => u.Index)];

    protected Core.Seed.SeedData Seed { get; } = TestSeed.Create();

    protected abstract Task<IKpiStore> OpenStoreAsync();

    public async Task InitializeAsync()
    {
        store = await OpenStoreAsync();
        ledger = new IdLedger(clock, Window, 100_000);
        pipeline = new IngestPipeline(store, ledger, new TotalsBudget(Seed.Kpis), new EventObservers(), Options.Create(new IngestOptions { ResendWindow = Window }),
            new WarRoomMetrics(services.GetRequiredService<IMeterFactory>()), NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        pipeline.Open(0);
    }

    [ContractFact]
    public async Task A_resend_older_than_the_window_is_a_duplicate_and_new_ids_beside_it_count()
    {
        var first = await pipeline.SubmitAsync(Events("old", 40));
        clock.Advance(Window + TimeSpan.FromMinutes(1));
        await pipeline.SubmitAsync(Events("second", 5));
        clock.Advance(Window + TimeSpan.FromMinutes(1));
        await pipeline.SubmitAsync(Events("third", 5));

        // Two turns later the first ids are out of the window: only their fingerprints are left.
        Assert.False(ledger.Contains(IdLedger.Hash("old-0")));
        Assert.True(ledger.MayBeStored(IdLedger.Hash("old-0")));
        Assert.Equal(40, first.Accepted);

        var resend = await pipeline.SubmitAsync([.. Events("old", 40), .. Events("fresh", 2, from: 40)]);

        Assert.Equal(2, resend.Accepted);
        Assert.Equal(Enumerable.Range(0, 40), resend.DuplicateIndexes.Order());
        Assert.True(pipeline.LateLookups >= 40, $"{pipeline.LateLookups} ids asked of the store");

        var again = await pipeline.SubmitAsync(Events("old", 3));
        Assert.Equal(0, again.Accepted);

        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(52, stored.Count);
        Assert.Equal(52, stored.Select(e => e.Id).Distinct().Count());
        Assert.Equal(52, ledger.Count);
    }

    [ContractFact]
    public async Task A_resend_inside_the_window_is_found_without_asking_the_store()
    {
        await pipeline.SubmitAsync(Events("recent", 20));
        clock.Advance(Window / 2);

        var resend = await pipeline.SubmitAsync(Events("recent", 20));

        Assert.Equal(0, resend.Accepted);
        Assert.Equal(20, resend.DuplicateIndexes.Count);
        Assert.Equal(0, pipeline.LateLookups);
    }

    public async Task DisposeAsync()
    {
        await pipeline.StopAsync(CancellationToken.None);
        pipeline.Dispose();
        await store.DisposeAsync();
        await services.DisposeAsync();
    }

    /// <summary>The same prefix and count give the same events (id, time, unit, KPI): a resend.</summary>
    private List<IncomingEvent> Events(string prefix, int count, int from = 0) =>
    [
        .. Enumerable.Range(0, count).Select(i => new IncomingEvent
        {
            Index = from + i,
            Id = $"{prefix}-{i}",
            TimeMs = TestSeed.CampaignStart.AddDays(2).AddSeconds(prefix.Length * 1000 + i).ToUnixTimeMilliseconds(),
            Unit = managers[i % managers.Length],
            Kpi = 0,
            Value = 1,
        }),
    ];
}
