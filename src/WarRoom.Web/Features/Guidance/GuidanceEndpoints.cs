using System.Text;
using MediatR;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Seed;

namespace WarRoom.Web.Features.Guidance;

public static class GuidanceEndpoints
{
    /// <summary>
    /// Guidance and briefings over the host's <c>Ranker</c>: the wording from guidance-templates.json in the seed
    /// folder (<c>WarRoom:SeedData</c>), checked at start so that a bad template stops the host with file and line.
    /// </summary>
    public static IServiceCollection AddWarRoomGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        var seedFolder = configuration[$"{WarRoomOptions.Section}:SeedData"];
        services.AddSingleton(sp =>
        {
            var folder = RepositoryPaths.Resolve(seedFolder, "seed-data", "WarRoom:SeedData");
            var seed = sp.GetRequiredService<SeedData>();
            return GuidanceTemplatesFile.Parse(new FileSeedSource(folder).Read(GuidanceTemplatesFile.Name), seed.Kpis, seed.Campaign);
        });
        services.AddSingleton<GuidanceGenerator>();
        services.AddSingleton<BriefingWriter>();
        services.AddSingleton<GuidanceCache>();
        services.AddHostedService<GuidanceTemplatesCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapGuidance(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Guidance");
        api.MapGet("/guidance", async (HttpContext http, OrgTree org, IMediator mediator, string? scope, string? severity, string? kind,
            string? level, string? top, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetGuidance.Query(http.Viewer(org), scope, severity, kind, level, top), ct)));
        api.MapGet("/briefings", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListBriefings.Query(http.Viewer(org)), ct)));
        api.MapGet("/briefings/{unit}", async (HttpContext http, OrgTree org, IMediator mediator, string unit, string? date, string? lang,
            CancellationToken ct) =>
        {
            var briefing = await mediator.Send(new GetBriefing.Query(http.Viewer(org), unit, date, lang), ct);
            return TypedResults.Text(briefing.Markdown, "text/markdown", Encoding.UTF8);
        });
        return app;
    }

    /// <summary>Loads the templates while the host starts, so wording errors surface before the first request.</summary>
    private sealed class GuidanceTemplatesCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<GuidanceTemplates>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
