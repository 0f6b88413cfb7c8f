using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// Tells the cluster this node lives, three times per <see cref="ClusterOptions.NodeTimeout"/>: a node killed
/// with SIGKILL stops beating, and within one timeout its claims and leases are free for the others.
/// </summary>
internal sealed class NodeHeartbeat(
    NodeDirectory nodes, ClusterLease leases, ClusterLag lag, IOptions<ClusterOptions> options, ILogger<NodeHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.NodeTimeout / 3;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await nodes.BeatAsync(TimeProvider.System.GetUtcNow(), lag.Events);
                await leases.RenewAsync();
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Heartbeat to Redis failed; the other nodes will take this node for dead if it goes on");
            }

            await Task.Delay(interval, TimeProvider.System, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
