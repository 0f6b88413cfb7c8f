using MediatR;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Boards;

/// <summary>GET /api/v1/boards — the boards whose scope lies inside the caller's.</summary>
public static class GetBoards
{
    public sealed record Query(Viewer Viewer) : IRequest<Response>;

    public sealed record Response(IReadOnlyList<BoardDto> Boards);

    public sealed record BoardDto(string Id, LocalizedText Title, string Scope, string Resolution)
    {
        public static BoardDto From(BoardDefinition board) =>
            new(board.Id, board.Title, board.Scope, board.Resolution == BoardResolution.UltraHd ? "3840x2160" : "1920x1080");
    }

    public sealed class Handler(BoardCatalog catalog, OrgTree org) : IRequestHandler<Query, Response>
    {
        public Task<Response> Handle(Query request, CancellationToken cancellationToken) =>
            Task.FromResult(new Response([.. catalog.Boards
                .Where(b => org.Find(b.Scope) is { } scope && request.Viewer.Sees(scope))
                .Select(BoardDto.From)]));
    }
}
