using MediatR;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Features.DrillDown;

public static class DrillDownEndpoints
{
    /// <summary>The page itself is Components/Pages/UnitPage.razor; this is its table as a file.</summary>
    public static IEndpointRouteBuilder MapDrillDown(this IEndpointRouteBuilder app)
    {
        app.MapGet("/units/{code}/children.csv", async (
            HttpContext http, OrgTree org, IMediator mediator, string code, [AsParameters] ChildrenView view, CancellationToken ct) =>
        {
            var file = await mediator.Send(new ExportChildren.Query(http.Viewer(org), code, view.Normalized(), UiLanguage.Of(http).English), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
            .RequireAuthorization(Policies.Read)
            .WithTags("DrillDown");
        app.MapGet("/units/{code}/children.xlsx", async (
            HttpContext http, OrgTree org, IMediator mediator, string code, [AsParameters] ChildrenView view, CancellationToken ct) =>
        {
            var file = await mediator.Send(new ExportChildren.Query(http.Viewer(org), code, view.Normalized(), UiLanguage.Of(http).English, Xlsx: true), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
            .RequireAuthorization(Policies.Read)
            .WithTags("DrillDown");
        return app;
    }
}
