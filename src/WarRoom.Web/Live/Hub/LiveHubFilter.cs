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
/// </summary>
public sealed class LiveHubFilter(WarRoomMetrics metrics) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (ForbiddenException e)
        {
            throw new HubException("403 forbidden: " + e.Message);
        }
        catch (NotFoundException e)
        {
            throw new HubException("404 not found: " + e.Message);
        }
        catch (ValidationException e)
        {
            throw new HubException("400 invalid: " + string.Join("; ", e.Errors.Select(x => x.ErrorMessage)));
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
