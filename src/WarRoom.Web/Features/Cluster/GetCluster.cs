using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Cluster;

/// <summary>
/// GET /api/v1/cluster (leaders): every node the cluster has heard of, when it last beat and how many events it
/// has read from the shared stream but not yet applied. One node without Redis is a cluster of one.
/// </summary>
public static class GetCluster
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    public sealed record Node(string Name, DateTimeOffset LastSeen, long LagEvents);

    public sealed record Response(IReadOnlyList<Node> Nodes);

    public sealed class Handler(IOptions<ClusterOptions> options, ClusterLag lag, TimeProvider clock, IServiceProvider services)
        : IRequestHandler<Query, Response>
    {
        public async Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            if (request.Viewer.Role != Roles.Leader)
            {
                throw new ForbiddenException("only a leader may see the cluster's nodes");
            }

            // The directory exists only in cluster mode (it needs Redis).
            if (services.GetService<NodeDirectory>() is not { } directory)
            {
                return new Response([new Node(options.Value.Node, clock.GetUtcNow(), lag.Events)]);
            }

            var nodes = await directory.ListAsync();
            return new Response([.. nodes.Select(n => new Node(n.Name, n.LastSeen, n.LagEvents))]);
        }
    }
}
