using System.Diagnostics;
using WarRoom.Core.Events;
using WarRoom.Web.Infrastructure.Health;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Ingest.Pipeline;

/// <summary>
/// At start, replays every stored event into the id ledger and the observers (the aggregates), then opens
/// ingest. Until then /readyz says so and ingest answers 503. A store that does not answer is retried.
/// </summary>
public sealed class StoreRebuildService(
    IKpiStore store, IdLedger ledger, IEnumerable<IEventObserver> observers, IngestPipeline pipeline,
    ReadinessState readiness, ILogger<StoreRebuildService> logger) : BackgroundService
{
    public const string Milestone = "rebuild from store";

    private readonly IEventObserver[] observers = [.. observers];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Milestone);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.InitializeAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(30, attempt * 2));
                logger.LogError(e, "The {Store} store is not reachable (attempt {Attempt}); retrying in {Delay}", store.Name, attempt, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }

        var started = Stopwatch.GetTimestamp();
        long count = 0, lastSeq = 0;
        await store.ReadAllAsync(e => Restore(in e, ref count, ref lastSeq), stoppingToken);
        foreach (var observer in observers)
        {
            observer.Restored();
        }

        pipeline.Open(lastSeq);
        readiness.Reached(Milestone);
        logger.LogInformation("Rebuilt from the {Store} store: {Count} events in {Elapsed} ms; ingest is open (next seq {Seq})",
            store.Name, count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, lastSeq + 1);
    }

    private void Restore(in EventRecord e, ref long count, ref long lastSeq)
    {
        ledger.Add(IdLedger.Hash(e.Id));
        foreach (var observer in observers)
        {
            observer.Restore(in e);
        }

        count++;
        lastSeq = Math.Max(lastSeq, e.Seq);
    }
}
