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

/// <summary>The single writer's bookkeeping of ids: repeats within and across requests, and a write that fails.</summary>
public sealed class IngestPipelineTests : IAsyncLifetime
{
    private readonly FlakyStore store = new();
    private readonly IdLedger ledger = new();
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IngestPipeline pipeline = null!;

    public async Task InitializeAsync()
    {
        pipeline = new IngestPipeline(store, ledger, new TotalsBudget(TestSeed.Create().Kpis), new EventObservers(), Options.Create(new IngestOptions()),
            new WarRoomMetrics(services.GetRequiredService<IMeterFactory>()), NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        pipeline.Open(0);
    }

    [Fact]
    public async Task A_repeated_id_is_a_duplicate_within_a_request_and_in_a_later_one()
    {
        var first = await pipeline.SubmitAsync(Events("a", "b", "a"));
        var second = await pipeline.SubmitAsync(Events("b", "c"));

        Assert.Equal(2, first.Accepted);
        Assert.Equal([2], first.DuplicateIndexes);
        Assert.Equal(1, second.Accepted);
        Assert.Equal([0], second.DuplicateIndexes);
        Assert.Equal(["a", "b", "c"], store.Written.Select(e => e.Id));
        Assert.Equal(3, ledger.Count);
    }

    [Fact]
    public async Task Ids_of_a_write_that_failed_are_not_known_afterwards_and_are_taken_when_sent_again()
    {
        store.FailNext = true;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => pipeline.SubmitAsync(Events("x", "y")));
        Assert.Equal(0, ledger.Count);

        var again = await pipeline.SubmitAsync(Events("x", "y"));

        Assert.Equal(2, again.Accepted);
        Assert.Empty(again.DuplicateIndexes);
        Assert.Equal(["x", "y"], store.Written.Select(e => e.Id));
    }

    public async Task DisposeAsync()
    {
        await pipeline.StopAsync(CancellationToken.None);
        pipeline.Dispose();
        await services.DisposeAsync();
    }

    private static List<IncomingEvent> Events(params string[] ids) =>
        [.. ids.Select((id, i) => new IncomingEvent { Index = i, Id = id, TimeMs = 1_798_761_600_000, Unit = 3, Kpi = 0, Value = 1 })];

    /// <summary>Keeps what it was given; fails the next write when told to.</summary>
    private sealed class FlakyStore : WriteOnlyStore
    {
        public bool FailNext { get; set; }

        public List<EventRecord> Written { get; } = [];

        public override string Name => "flaky";

        public override Task WriteAsync(IReadOnlyList<EventRecord> batch, CancellationToken ct)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new StoreUnavailableException("down for the test", TimeSpan.FromSeconds(1));
            }

            Written.AddRange(batch);
            return Task.CompletedTask;
        }
    }
}
