using System.Text;
using MediatR;
using Microsoft.Extensions.Options;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Org;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Guidance.FollowUp;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Seed;

namespace WarRoom.Web.Features.Guidance;

public static class GuidanceEndpoints
{
    /// <summary>The body of POST /api/v1/guidance/{id}/follow-up.</summary>
    public sealed record FollowUpBody(string? Status, string? Note);

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
        services.AddSingleton(sp => new FollowUpStore(Path.Combine(sp.GetRequiredService<IOptions<WarRoomOptions>>().Value.DataDirectory, "followup.db")));
        services.AddSingleton<FollowUpBook>();
        services.AddHostedService<GuidanceTemplatesCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapGuidance(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Guidance");
        api.MapGet("/guidance", async (HttpContext http, OrgTree org, IMediator mediator, string? scope, string? severity, string? kind,
            string? level, string? top, string? asOf, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetGuidance.Query(http.Viewer(org), scope, severity, kind, level, top, asOf), ct)));
        api.MapGet("/briefings", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListBriefings.Query(http.Viewer(org)), ct)));
        api.MapGet("/briefings/{unit}", async (HttpContext http, OrgTree org, IMediator mediator, string unit, string? date, string? lang,
            CancellationToken ct) =>
        {
            var briefing = await mediator.Send(new GetBriefing.Query(http.Viewer(org), unit, date, lang), ct);
            return TypedResults.Text(briefing.Markdown, "text/markdown", Encoding.UTF8);
        });
        api.MapPost("/guidance/{id}/follow-up", async (HttpContext http, OrgTree org, IMediator mediator, string id, FollowUpBody? body,
            CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SetFollowUp.Command(http.Viewer(org), id, body?.Status, body?.Note), ct)));
        app.MapFollowUpForm();
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
