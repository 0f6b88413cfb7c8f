using MediatR;
using WarRoom.Core.Guidance;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// The landing page of one viewer: the boards they may open, and — for people who sign in — their own unit's card
/// (figures, rank among siblings, pace) with the guidance open in its subtree, most severe first. Kiosks and
/// readers get the boards only.
/// </summary>
public static class GetHome
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    /// <param name="Unit">the viewer's own unit, or null for a kiosk or reader</param>
    /// <param name="GuidanceCounts">open items in the subtree by severity (critical, warn, info)</param>
    /// <param name="TopGuidance">the most severe items first, at most <see cref="TopItems"/></param>
    public sealed record Response(
        IReadOnlyList<GetBoards.BoardDto> Boards, UnitDto? Unit, IReadOnlyDictionary<string, int> GuidanceCounts,
        IReadOnlyList<GuidanceItemDto> TopGuidance);

    public const int TopItems = 5;

    public sealed class Handler(IMediator mediator, GuidanceCache guidance) : IRequestHandler<Query, Response>
    {
        public async Task<Response> Handle(Query request, CancellationToken cancellationToken)
        {
            var viewer = request.Viewer;
            var boards = (await mediator.Send(new GetBoards.Query(viewer), cancellationToken)).Boards;
            if (!Roles.UserRoles.Contains(viewer.Role))
            {
                return new Response(boards, null, new Dictionary<string, int>(), []);
            }

            var unit = await mediator.Send(new GetUnit.Query(viewer, viewer.Scope.Code), cancellationToken);
            var items = guidance.Current().Within(viewer.Scope).Where(i => viewer.Sees(i.Unit)).ToList();
            var counts = items.GroupBy(i => i.Severity).ToDictionary(g => g.Key.ToWire(), g => g.Count(), StringComparer.Ordinal);
            return new Response(boards, unit, counts, [.. items.Take(TopItems).Select(GuidanceItemDto.From)]);
        }
    }
}
