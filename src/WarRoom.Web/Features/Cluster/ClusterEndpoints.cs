using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Cluster;

public static class ClusterEndpoints
{
    public static IEndpointRouteBuilder MapCluster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cluster", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCluster.Query(http.Viewer(org)), ct)))
            .RequireAuthorization(Policies.Read).WithTags("Cluster");
        return app;
    }
}
