using StackExchange.Redis;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Infrastructure.Health;

namespace WarRoom.Web.Pipeline.Cluster;

/// <summary>
/// Applies other nodes' batches from the cluster stream, in stream order, through the ingest writer. It starts
/// where the rebuild from the store began covering (the stream's newest entry just before the store was read):
/// an entry from before is in the store; one from after may be too, and the writer leaves out ids it already
/// holds — nothing missed, nothing applied twice. /readyz waits until the first pass has reached the stream's end.
/// </summary>
public sealed class StreamFollower(
    EventStream stream, IngestPipeline pipeline, ClusterLag lag, ReadinessState readiness, ILogger<StreamFollower> logger) : BackgroundService
{
    public const string Milestone = "caught up with the cluster stream";
    private const int ReadCount = 256;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(10);

    private readonly TaskCompletionSource<RedisValue> start = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called by the rebuild with the stream position taken before it read the store.</summary>
    public void StartAfter(RedisValue position) => start.TrySetResult(position);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Milestone);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var position = await start.Task.WaitAsync(stoppingToken);
        Task applied = Task.CompletedTask;
        var caughtUp = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<StreamBatch> batches;
            try
            {
                batches = await stream.ReadAsync(position, ReadCount);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Reading the cluster stream failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                continue;
            }

            foreach (var batch in batches)
            {
                if (batch.Unplaced > 0)
                {
                    logger.LogError("{Count} events from node {Node} name a unit or KPI this node's seed data lacks; they are not counted here", batch.Unplaced, batch.Node);
                }

                if (batch.Events.Count > 0)
                {
                    lag.Add(batch.Events.Count);
                    var count = batch.Events.Count;
                    applied = pipeline.Replicate(batch.Events).ContinueWith(_ => lag.Add(-count), TaskScheduler.Default);
                }

                position = batch.Position;
            }

            if (batches.Count < ReadCount)
            {
                if (!caughtUp)
                {
                    await applied.WaitAsync(stoppingToken);
                    readiness.Reached(Milestone);
                    caughtUp = true;
                }

                await Task.Delay(IdlePoll, stoppingToken);
            }
        }
    }
}
