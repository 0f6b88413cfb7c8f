using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// Tells the cluster this node lives, three times per <see cref="ClusterOptions.NodeTimeout"/>: a node killed
/// with SIGKILL stops beating, and within one timeout its claims and leases are free for the others. When the
/// connection to Redis comes back it beats at once: a restarted Redis has lost the alive keys, and until a node
/// beats again the others take it for dead.
/// </summary>
internal sealed class NodeHeartbeat(
    NodeDirectory nodes, ClusterLease leases, ClusterLag lag, IConnectionMultiplexer redis, IOptions<ClusterOptions> options,
    ILogger<NodeHeartbeat> logger) : BackgroundService
{
    // Completed when the connection is restored; replaced after each beat it woke.
    private TaskCompletionSource restored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.NodeTimeout / 3;
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Taken before the beat: a connection restored while a beat is failing brings another one at once.
                var woken = Volatile.Read(ref restored).Task;
                try
                {
                    await nodes.BeatAsync(TimeProvider.System.GetUtcNow(), lag.Events);
                    await leases.RenewAsync();
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Heartbeat to Redis failed; the other nodes will take this node for dead if it goes on");
                }

                await Task.WhenAny(woken, Task.Delay(interval, TimeProvider.System, stoppingToken));
                if (woken.IsCompleted)
                {
                    Volatile.Write(ref restored, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                }
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            Volatile.Read(ref restored).TrySetResult();
        }
    }
}
