using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>GET /api/v1/snapshots — the snapshots whose scope lies inside the caller's, newest first.</summary>
public static class ListSnapshots
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    public sealed record Response(IReadOnlyList<SnapshotSummaryDto> Snapshots);

    public sealed class Handler(OrgTree org, SnapshotStore store) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Response([.. store.List().Where(s => request.Viewer.MaySee(org, s.Scope))]));
    }
}
