using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Catalog;

public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Catalog");
        api.MapGet("/org", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetOrg.Query(http.Viewer(org)), ct)));
        api.MapGet("/kpis", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetKpis.Query(), ct)));
        api.MapGet("/campaign", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCampaign.Query(), ct)));
        return app;
    }
}
