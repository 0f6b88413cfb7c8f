using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Notify.Outbox;
using WarRoom.Web.Features.Notify.Schedule;
using WarRoom.Web.Features.Notify.WeCom;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Notify;

public static class NotifyEndpoints
{
    /// <summary>
    /// WeCom group bots: options checked at start, the outbox file, its sender, the schedules and the 喜报 feed. With
    /// no bot configured the outbox stays empty and the loops have nothing to do.
    /// </summary>
    public static IServiceCollection AddWarRoomNotify(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotifyOptions>().Bind(configuration.GetSection(NotifyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidator>();
        services.AddSingleton<WeComBots>();
        services.AddSingleton(sp => new OutboxStore(Path.Combine(sp.GetRequiredService<IOptions<WarRoomOptions>>().Value.DataDirectory, "outbox.db")));
        services.AddSingleton<Outbox.Outbox>();
        services.AddSingleton<BriefingQueue>();
        services.AddSingleton<PaceAlerts>();

        // No request logging: HttpClientFactory's default loggers write the request URL, and the URL holds the key.
        services.AddHttpClient<WeComClient>(WeComClient.HttpClientName).RemoveAllLoggers()
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<NotifySchedule>();
        services.AddHostedService<DealNotifier>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotify(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").RequireAuthorization(Policies.Read).WithTags("Notifications");
        api.MapGet("/", async (HttpContext http, OrgTree org, IMediator mediator, string? scope, string? status, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListNotifications.Query(http.Viewer(org), scope, status), ct)));
        api.MapPost("/briefings/{unit}", async (HttpContext http, OrgTree org, IMediator mediator, string unit, CancellationToken ct) =>
            TypedResults.Accepted("/api/v1/notifications?status=pending", await mediator.Send(new SendBriefingNow.Command(http.Viewer(org), unit), ct)));

        // The desk page's button: a form post (antiforgery checked), then back to the page with what happened.
        app.MapPost("/notifications/briefings", async (HttpContext http, OrgTree org, IMediator mediator, [FromForm] string? unit, CancellationToken ct) =>
        {
            var lang = http.Request.Query.ContainsKey("lang") ? "&lang=" + Uri.EscapeDataString(http.Request.Query["lang"].ToString()) : "";
            try
            {
                var queued = await mediator.Send(new SendBriefingNow.Command(http.Viewer(org), unit ?? ""), ct);
                return Results.Redirect($"/notifications?sent={Uri.EscapeDataString(queued.Unit)}{lang}");
            }
            catch (Exception e) when (e is ForbiddenException or NotFoundException)
            {
                return Results.Redirect($"/notifications?error={Uri.EscapeDataString(e.Message)}{lang}");
            }
        }).RequireAuthorization(Policies.Read);
        return app;
    }
}
