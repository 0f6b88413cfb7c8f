using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Storage;
using WarRoom.Web.Storage.Influx;
using static WarRoom.Web.Tests.Storage.InfluxTestStores;

namespace WarRoom.Web.Tests.Storage;

/// <summary>InfluxDB outages against an influxd of each test's own, so killing it disturbs no other test.</summary>
public sealed class InfluxOutageTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    [InfluxFact]
    public async Task Influxd_killed_during_writes_then_restarted_keeps_every_acknowledged_event_once()
    {
        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        var options = FastFailing(influxd.Url, dir.File("spool.db"));
        await using var store = await OpenAsync(options, seed);
        var drainer = new InfluxSpoolDrainer(store, options, TimeProvider.System, NullLogger<InfluxSpoolDrainer>.Instance);
        await drainer.StartAsync(CancellationToken.None);

        var acknowledged = new List<EventRecord>();
        var writer = Task.Run(async () =>
        {
            for (var b = 0; b < 60; b++)
            {
                var batch = Batch(seed, 1 + (b * 700L), 700);
                await store.WriteAsync(batch, CancellationToken.None);
                lock (acknowledged)
                {
                    acknowledged.AddRange(batch);
                }
            }
        });

        int Acked() { lock (acknowledged) { return acknowledged.Count; } }
        await WaitUntilAsync(() => Acked() >= 10 * 700, TimeSpan.FromSeconds(60), "10 batches landed");
        influxd.Stop();
        await WaitUntilAsync(() => Acked() >= 30 * 700 && !store.Spool.IsEmpty, TimeSpan.FromSeconds(60), "20 more batches were spooled");
        await influxd.StartAsync();
        await writer;
        await WaitUntilAsync(() => store.Spool.IsEmpty, TimeSpan.FromSeconds(60), "the spool drained");
        await drainer.StopAsync(CancellationToken.None);

        Assert.Equal(60 * 700, acknowledged.Count);
        Assert.Equal(acknowledged.Count, await CountPointsAsync(options));
        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(acknowledged.OrderBy(e => e.Seq), stored.OrderBy(e => e.Seq));
    }

    [InfluxFact]
    public async Task Spool_survives_an_adapter_restart_and_drains_once()
    {
        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        var options = FastFailing(influxd.Url, dir.File("spool.db"));
        var events = Batch(seed, 1, 1_200);

        // influxd goes down: the batch is acknowledged from the spool, then the adapter goes away too.
        var first = await OpenAsync(options, seed);
        influxd.Stop();
        await first.WriteAsync(events, CancellationToken.None);
        Assert.Equal(1_200, first.Spool.Events);
        Assert.Equal(3, first.Spool.Entries);
        await first.DisposeAsync();

        await influxd.StartAsync();
        await using var second = await OpenAsync(options, seed);
        Assert.Equal(1_200, second.Spool.Events);
        Assert.Equal(DrainResult.Empty, await second.DrainAsync(CancellationToken.None));
        Assert.Equal(DrainResult.Empty, await second.DrainAsync(CancellationToken.None));

        // Sending the same events again (a replay, or a drain cut short after InfluxDB took a body) changes nothing.
        await second.WriteAsync(events, CancellationToken.None);
        Assert.Equal(1_200, await CountPointsAsync(options));
        var stored = new List<EventRecord>();
        await second.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(events, stored.OrderBy(e => e.Seq));
    }

    [Fact]
    public async Task A_full_spool_refuses_the_whole_batch_with_a_retry_after()
    {
        var options = FastFailing(Down.Url, dir.File("spool.db")) with { SpoolMaxEvents = 1_000, SpoolRetryAfter = TimeSpan.FromSeconds(7) };
        await using var store = await Down.OpenAsync(options, seed);

        await store.WriteAsync(Batch(seed, 1, 600), CancellationToken.None);
        var full = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteAsync(Batch(seed, 601, 600), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(7), full.RetryAfter);
        Assert.Equal(600, store.Spool.Events);
        await store.WriteAsync(Batch(seed, 601, 400), CancellationToken.None);
        Assert.Equal(1_000, store.Spool.Events);
    }

    [Fact]
    public async Task The_spool_is_bounded_in_bytes_too()
    {
        var options = FastFailing(Down.Url, dir.File("spool.db")) with { SpoolMaxBytes = 50_000 };
        await using var store = await Down.OpenAsync(options, seed);

        await store.WriteAsync(Batch(seed, 1, 100), CancellationToken.None);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteAsync(Batch(seed, 101, 1_000), CancellationToken.None));
        Assert.InRange(store.Spool.Bytes, 1, 50_000);
    }

    public void Dispose() => dir.Dispose();
}
