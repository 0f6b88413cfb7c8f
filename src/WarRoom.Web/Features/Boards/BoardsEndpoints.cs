using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Boards;

public static class BoardsEndpoints
{
    public static IEndpointRouteBuilder MapBoardsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Boards");
        api.MapGet("/boards", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetBoards.Query(http.Viewer(org)), ct)));
        return app;
    }
}
