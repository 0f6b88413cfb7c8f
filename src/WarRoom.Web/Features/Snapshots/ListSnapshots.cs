using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Features.Snapshots.Weekly;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Snapshots;

/// <summary>GET /api/v1/snapshots — the snapshots whose scope lies inside the caller's, newest first.</summary>
public static class ListSnapshots
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    /// <summary><paramref name="SuggestedLabel"/>: the label the weekly schedule would give a snapshot taken now (a form's default).</summary>
    public sealed record Response(IReadOnlyList<SnapshotSummaryDto> Snapshots, string SuggestedLabel);

    public sealed class Handler(OrgTree org, SnapshotStore store, WeeklySchedule schedule, TimeProvider clock, IOptions<SnapshotOptions> options)
        : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) => Task.FromResult(new Response(
            [.. store.List().Where(s => request.Viewer.MaySee(org, s.Scope))],
            options.Value.Weekly.Label.Replace("{week}", schedule.WeekOf(clock.GetUtcNow()), StringComparison.Ordinal)));
    }
}
