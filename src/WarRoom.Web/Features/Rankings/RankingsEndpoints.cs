using MediatR;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Trends;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Features.Rankings;

public static class RankingsEndpoints
{
    public static IServiceCollection AddWarRoomRankings(this IServiceCollection services)
    {
        services.AddSingleton<Ranker>();
        services.AddScoped<RankingTiming>();
        services.AddSingleton<RankingWarmer>();
        services.AddHostedService(sp => sp.GetRequiredService<RankingWarmer>());
        services.AddSingleton<UnitTrend>();
        services.AddSingleton<DrillDown.DeskChanges>();
        services.AddSingleton<DrillDown.DrillDownCache>();
        services.AddHostedService(sp => sp.GetRequiredService<DrillDown.DeskChanges>());
        return services;
    }

    public static IEndpointRouteBuilder MapRankings(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Rankings");
        api.MapGet("/rankings", async (
            HttpContext http, OrgTree org, IMediator mediator, RankingTiming timing, string? level, string? metric, string? basis, string? scope,
            string? window, string? from, string? to, string? top, string? peerGroup, string? asOf, string? tag, CancellationToken ct) =>
        {
            timing.Start();
            var ranking = await mediator.Send(new GetRankings.Query(http.Viewer(org), level, metric, basis, scope, window, from, to, top, peerGroup, asOf, tag), ct);
            timing.Write(http.Response);
            return TypedResults.Ok(ranking);
        });
        api.MapGet("/units/{code}", async (HttpContext http, OrgTree org, IMediator mediator, string code, string? asOf, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnit.Query(http.Viewer(org), code, asOf), ct)));
        api.MapGet("/units/{code}/trend", async (HttpContext http, OrgTree org, IMediator mediator, string code, string? kpi, string? interval, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTrend.Query(http.Viewer(org), code, kpi, interval), ct)));
        return app;
    }
}
