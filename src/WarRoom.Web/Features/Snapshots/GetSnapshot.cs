using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>GET /api/v1/snapshots/{id} — one snapshot, exactly as it was taken.</summary>
public static class GetSnapshot
{
    public sealed record Query(Viewer Viewer, long Id) : IRequest<SnapshotDto>;

    public sealed class Handler(OrgTree org, SnapshotStore store) : IRequestHandler<Query, SnapshotDto>
    {
        public Task<SnapshotDto> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(SnapshotAccess.Load(store, org, request.Viewer, request.Id));
    }
}
