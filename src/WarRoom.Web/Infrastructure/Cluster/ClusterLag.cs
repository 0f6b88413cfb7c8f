namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// How far this node's aggregates are behind the cluster: events read from the shared stream and not yet applied.
/// Written by the pipeline's stream follower, read by the heartbeat (<c>GET /api/v1/cluster</c>'s <c>lagEvents</c>).
/// </summary>
public sealed class ClusterLag
{
    private long events;

    public long Events => Interlocked.Read(ref events);

    public void Add(long count) => Interlocked.Add(ref events, count);
}
