using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Capture;
using WarRoom.Web.Features.Snapshots.Compare;
using WarRoom.Web.Features.Snapshots.Export;
using WarRoom.Web.Features.Snapshots.Export.Png;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Features.Snapshots.Weekly;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Features.Snapshots;

public static class SnapshotsEndpoints
{
    /// <summary>The body of POST /api/v1/snapshots.</summary>
    public sealed record TakeBody(string? Scope, string? Label, string? AsOf = null);

    public static IServiceCollection AddWarRoomSnapshots(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SnapshotOptions>().Bind(configuration.GetSection(SnapshotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SnapshotOptions>, SnapshotOptionsValidator>();
        services.AddSingleton(sp => new SnapshotStore(
            sp.GetRequiredService<IOptions<SnapshotOptions>>().Value.Path
            ?? Path.Combine(sp.GetRequiredService<IOptions<WarRoomOptions>>().Value.DataDirectory, "snapshots.db")));
        services.AddSingleton<SnapshotCapture>();
        services.AddSingleton<PngExport>();
        services.AddSingleton<SnapshotExporters>();
        services.AddSingleton(sp => WeeklySchedule.From(sp.GetRequiredService<IOptions<SnapshotOptions>>().Value.Weekly, sp.GetRequiredService<Campaign>()));
        if (configuration.GetValue($"{SnapshotOptions.Section}:Weekly:Enabled", defaultValue: true))
        {
            services.AddSingleton<WeeklySnapshotService>();
            services.AddHostedService(sp => sp.GetRequiredService<WeeklySnapshotService>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapSnapshots(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/snapshots").WithTags("Snapshots");
        api.MapPost("/", Take).RequireAuthorization(Policies.Snapshot);

        var read = api.MapGroup("").RequireAuthorization(Policies.Read);
        read.MapGet("/", async (HttpContext http, OrgTree org, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListSnapshots.Query(http.Viewer(org)), ct)));
        read.MapGet("/compare", async (HttpContext http, OrgTree org, IMediator mediator, string? from, string? to, CancellationToken ct) =>
            TypedResults.Ok<ComparisonDto>(await mediator.Send(new CompareSnapshots.Query(http.Viewer(org), from, to), ct)));
        read.MapGet("/{id:long}", async (HttpContext http, OrgTree org, IMediator mediator, long id, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetSnapshot.Query(http.Viewer(org), id), ct)));
        read.MapGet("/{id:long}/export", Export);
        return app;
    }

    private static async Task<Created<SnapshotDto>> Take(HttpContext http, OrgTree org, IMediator mediator, TakeBody? body, CancellationToken ct)
    {
        var snapshot = await mediator.Send(new TakeSnapshot.Command(http.Viewer(org), body?.Scope, body?.Label, body?.AsOf), ct);
        return TypedResults.Created($"/api/v1/snapshots/{snapshot.Id}", snapshot);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        HttpContext http, OrgTree org, IMediator mediator, long id, string? format, string? level, CancellationToken ct)
    {
        try
        {
            var file = await mediator.Send(new ExportSnapshot.Query(http.Viewer(org), id, format, level), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (ExportUnavailableException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status501NotImplemented, title: $"{format} export is not available on this server");
        }
    }
}
