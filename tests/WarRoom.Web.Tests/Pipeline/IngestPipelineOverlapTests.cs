using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WarRoom.Core.Events;
using WarRoom.Web.Features.Ingest;
using WarRoom.Web.Features.Ingest.Parsing;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Pipeline;

/// <summary>
/// Group commits written at once (WritesInFlight): the store gets the next group before the previous one is
/// durable, yet requests are answered and observers told in acceptance order, and a failed group takes every
/// group that was in flight behind it down with it.
/// </summary>
public sealed class IngestPipelineOverlapTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly GatedStore store = new();
    private readonly IdLedger ledger = new();
    private readonly RecordingObserver observer = new();
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IngestPipeline pipeline = null!;

    public async Task InitializeAsync()
    {
        pipeline = new IngestPipeline(store, ledger, new TotalsBudget(TestSeed.Create().Kpis), new EventObservers(observer), Options.Create(new IngestOptions { WritesInFlight = 2 }),
            new WarRoomMetrics(services.GetRequiredService<IMeterFactory>()), NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        pipeline.Open(0);
    }

    [Fact]
    public async Task A_second_group_is_written_before_the_first_is_durable_but_answered_after_it()
    {
        var first = pipeline.SubmitAsync(Events("a", "b"));
        var one = await store.NextWrite();
        var second = pipeline.SubmitAsync(Events("c"));
        var two = await store.NextWrite();

        two.Complete();
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        Assert.Empty(observer.Seen);

        one.Complete();
        Assert.Equal(2, (await first.WaitAsync(Wait)).Accepted);
        Assert.Equal(1, (await second.WaitAsync(Wait)).Accepted);
        Assert.Equal(["a", "b", "c"], observer.Seen);
        Assert.Equal([1L, 2L, 3L], [.. one.Batch.Concat(two.Batch).Select(e => e.Seq)]);
    }

    [Fact]
    public async Task No_more_than_WritesInFlight_groups_are_written_at_once()
    {
        var first = pipeline.SubmitAsync(Events("a"));
        var one = await store.NextWrite();
        var second = pipeline.SubmitAsync(Events("b"));
        var two = await store.NextWrite();
        var third = pipeline.SubmitAsync(Events("c"));

        await Task.Delay(100);
        Assert.Equal(0, store.Waiting);

        one.Complete();
        var three = await store.NextWrite();
        two.Complete();
        three.Complete();
        await Task.WhenAll(first, second, third).WaitAsync(Wait);
        Assert.Equal(["a", "b", "c"], observer.Seen);
    }

    [Fact]
    public async Task Unset_WritesInFlight_is_what_the_store_prefers()
    {
        var preferring = new GatedStore { Preferred = 3 };
        using var own = new IngestPipeline(preferring, new IdLedger(), new TotalsBudget(TestSeed.Create().Kpis), new EventObservers(), Options.Create(new IngestOptions()),
            new WarRoomMetrics(services.GetRequiredService<IMeterFactory>()), NullLogger<IngestPipeline>.Instance);
        await own.StartAsync(CancellationToken.None);
        own.Open(0);

        var submitted = new List<Task<IngestOutcome>>();
        var writes = new List<PendingWrite>();
        foreach (var id in new[] { "a", "b", "c" })
        {
            submitted.Add(own.SubmitAsync(Events(id)));
            writes.Add(await preferring.NextWrite());
        }

        submitted.Add(own.SubmitAsync(Events("d")));
        await Task.Delay(100);
        Assert.Equal(0, preferring.Waiting);

        writes[0].Complete();
        var fourth = await preferring.NextWrite();
        foreach (var write in writes.Append(fourth))
        {
            write.Complete();
        }

        await Task.WhenAll(submitted).WaitAsync(Wait);
        await own.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_group_fails_the_groups_in_flight_behind_it_whose_duplicates_may_point_at_it()
    {
        var first = pipeline.SubmitAsync(Events("x"));
        var one = await store.NextWrite();
        var second = pipeline.SubmitAsync(Events("x", "z"));
        var two = await store.NextWrite();
        Assert.Equal(["z"], two.Batch.Select(e => e.Id));

        one.Fail();
        two.Complete();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => first.WaitAsync(Wait));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => second.WaitAsync(Wait));

        // z is stored (and observed), x is not: sent again, x is taken and z is a duplicate.
        Assert.Equal(["z"], observer.Seen);
        var again = pipeline.SubmitAsync(Events("x", "z"));
        (await store.NextWrite()).Complete();
        var outcome = await again.WaitAsync(Wait);
        Assert.Equal(1, outcome.Accepted);
        Assert.Equal([1], outcome.DuplicateIndexes);
        Assert.Equal(["z", "x"], observer.Seen);
    }

    public async Task DisposeAsync()
    {
        store.ReleaseAll();
        await pipeline.StopAsync(CancellationToken.None);
        pipeline.Dispose();
        await services.DisposeAsync();
    }

    private static List<IncomingEvent> Events(params string[] ids) =>
        [.. ids.Select((id, i) => new IncomingEvent { Index = i, Id = id, IdHash = IdLedger.Hash(id), TimeMs = 1_798_761_600_000, Unit = 3, Kpi = 0, Value = 1 })];

    /// <summary>One write the test completes or fails when it chooses.</summary>
    private sealed class PendingWrite(EventRecord[] batch)
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public EventRecord[] Batch { get; } = batch;

        public Task Task => done.Task;

        public void Complete() => done.TrySetResult();

        public void Fail() => done.TrySetException(new StoreUnavailableException("down for the test", TimeSpan.FromSeconds(1)));
    }

    /// <summary>A store whose writes stay in flight until the test completes them.</summary>
    private sealed class GatedStore : WriteOnlyStore
    {
        private readonly ConcurrentQueue<PendingWrite> started = new();
        private readonly ConcurrentBag<PendingWrite> all = [];
        private readonly SemaphoreSlim signal = new(0);

        public int Waiting => started.Count;

        public override string Name => "gated";

        public int Preferred { get; init; } = 2;

        public override int PreferredWritesInFlight => Preferred;

        public async Task<PendingWrite> NextWrite()
        {
            Assert.True(await signal.WaitAsync(Wait), "the pipeline did not start the expected store write");
            Assert.True(started.TryDequeue(out var write));
            return write;
        }

        public void ReleaseAll()
        {
            foreach (var write in all)
            {
                write.Complete();
            }
        }

        public override Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
        {
            var write = new PendingWrite([.. batch]);
            all.Add(write);
            started.Enqueue(write);
            signal.Release();
            return write.Task;
        }
    }

    private sealed class RecordingObserver : IEventObserver
    {
        public List<string> Seen { get; } = [];

        public void Restore(in EventRecord e)
        {
        }

        public void Restored()
        {
        }

        public void Accepted(ReadOnlySpan<EventRecord> batch)
        {
            foreach (var e in batch)
            {
                Seen.Add(e.Id);
            }
        }
    }
}
