using MediatR;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Clock;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// A board's definition and current data (<c>/boards/{id}</c> embeds it; the hub's <c>Subscribe</c> returns its
/// payload): 404 for an unknown board, 403 for a board whose scope lies outside the viewer's.
/// </summary>
public static class GetBoardState
{
    /// <param name="Lang">"zh" or "en": which half of every text the screen shows.</param>
    public sealed record Query(Viewer Viewer, string BoardId, string Lang = "zh") : IRequest<BoardState>;

    public sealed class Handler(BoardCatalog catalog, OrgTree org, BoardPayloadCache payloads, Campaign campaign, TimeProvider clock)
        : IRequestHandler<Query, BoardState>
    {
        public async Task<BoardState> Handle(Query request, CancellationToken cancellationToken)
        {
            var board = catalog.Find(request.BoardId) ?? throw new NotFoundException($"unknown board '{request.BoardId}'");
            var scope = org.Find(board.Scope) ?? throw new NotFoundException($"board '{board.Id}' shows unknown unit '{board.Scope}'");
            if (!request.Viewer.Sees(scope))
            {
                throw new ForbiddenException($"board '{board.Id}' shows {board.Scope}, outside your scope ({request.Viewer.Scope.Code})");
            }

            return new BoardState
            {
                Board = board,
                Payload = await payloads.GetAsync(board),
                Lang = request.Lang == "en" ? "en" : "zh",
                Now = campaign.ToLocal(clock.GetUtcNow()),
                ClockFrozen = clock is BusinessTimeProvider { IsFrozen: true },
            };
        }
    }
}
