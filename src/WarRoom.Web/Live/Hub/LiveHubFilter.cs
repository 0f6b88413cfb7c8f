using FluentValidation;
using Microsoft.AspNetCore.SignalR;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Live.Hub;

/// <summary>
/// The hub's one place for cross-cutting work: domain errors become <see cref="HubException"/>s whose message the
/// client sees (SignalR words it "An unexpected error occurred invoking 'Subscribe' on the server. HubException: 403
/// forbidden: …"; likewise "404 not found: …" and "400 invalid: …"; anything else stays a generic error), and
/// connections are counted for /metrics.
/// <para>
/// SignalR's dispatcher logs every failed invocation as an error with its stack, so a kiosk pointed at a board
/// outside its scope would flood the error log with expected refusals. Its category is therefore held to Critical
/// (<see cref="DispatcherCategory"/>) and this filter logs instead: a refusal as one warning line without a stack,
/// anything unexpected as an error with its exception, as before.
/// </para>
/// </summary>
public sealed class LiveHubFilter(WarRoomMetrics metrics, ILogger<LiveHubFilter> logger) : IHubFilter
{
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e)
        {
            var refusal = e switch
            {
                ForbiddenException => "403 forbidden: " + e.Message,
                NotFoundException => "404 not found: " + e.Message,
                ValidationException v => "400 invalid: " + string.Join("; ", v.Errors.Select(x => x.ErrorMessage)),
                StoreUnavailableException => "503 unavailable: " + e.Message,
                HubException => e.Message,
                _ => null,
            };
            if (refusal is null)
            {
                logger.LogError(e, "Hub method {Method} failed for {User}", context.HubMethodName, context.Context.UserIdentifier ?? context.Context.User?.Identity?.Name);
                throw;
            }

            logger.LogWarning("Hub method {Method} refused for {User}: {Refusal}", context.HubMethodName, context.Context.User?.Identity?.Name, refusal);
            throw e as HubException ?? new HubException(refusal);
        }
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        metrics.HubConnected();
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        metrics.HubDisconnected();
        await next(context, exception);
    }
}
