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
        api.MapGet("/dimensions", async (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetDimensions.Query(), ct)));
        api.MapGet("/breakdown", async (HttpContext http, OrgTree org, IMediator mediator, string? scope, string? kpi, string? by, string? window, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new Breakdowns.GetBreakdown.Query(http.Viewer(org), scope, kpi, by, window), ct)));
        return app;
    }
}
