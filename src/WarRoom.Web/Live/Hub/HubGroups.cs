using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure.Cluster;

namespace WarRoom.Web.Live.Hub;

/// <summary>
/// Which SignalR groups a subscription joins. On one node, the group is the subscription (<see cref="LiveGroups"/>).
/// In a cluster every node holds the same aggregates and pushes boards and units to its own screens, so those go
/// to a node-local group (<c>board:hq~node-a</c>): over the Redis backplane the other nodes would otherwise get a
/// second copy built from their own figures. A board's screens also join the cluster-wide group, which carries the
/// 喜报 from whichever node accepted the deal (decision 0018). Board updates go to the board's push slices
/// (<see cref="LiveGroups.Slice"/>), node-local too.
/// </summary>
public sealed class HubGroups(IOptions<ClusterOptions> options)
{
    private readonly string? suffix = options.Value.Enabled ? "~" + options.Value.Node : null;

    public bool Clustered => suffix is not null;

    /// <summary>The group this node pushes a subscription's updates to.</summary>
    public string Local(string group) => suffix is null ? group : group + suffix;

    /// <summary>The node-local group of one push slice of a board group.</summary>
    public string Slice(string group, int slice) => LiveGroups.Slice(Local(group), slice);

    /// <summary>Every SignalR group <paramref name="connection"/> joins (and leaves) for one subscription.</summary>
    public IReadOnlyList<string> Joined(string group, string connection)
    {
        if (!LiveGroups.IsBoard(group, out _))
        {
            return [Local(group)];
        }

        var slice = Slice(group, LiveGroups.SliceOf(connection));
        return suffix is null ? [group, slice] : [Local(group), group, slice];
    }
}
