using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Components;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.Shared;

/// <summary>
/// Base of desk pages: sends a request as the signed-in viewer and turns the query layer's refusals into the page's
/// status code and a readable message (a person gets a page, not a JSON problem).
/// </summary>
public abstract class WarRoomPage : ComponentBase
{
    /// <summary>Only while rendering the first HTML response (status codes); null on the interactive circuit.</summary>
    [CascadingParameter]
    protected HttpContext? HttpContext { get; set; }

    [CascadingParameter]
    protected Desk Desk { get; set; } = default!;

    [Inject]
    protected IMediator Mediator { get; set; } = default!;

    [Inject]
    protected OrgTree Org { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected UiLanguage Ui => Desk.Ui;

    protected Viewer Viewer => Desk.Who;

    /// <summary>Why the page has nothing to show, or null.</summary>
    protected string? Problem { get; private set; }

    protected async Task<T?> SendAsync<T>(Func<Viewer, IRequest<T>> request) where T : class
    {
        Problem = null;
        try
        {
            return await Mediator.Send(request(Viewer), HttpContext?.RequestAborted ?? CancellationToken.None);
        }
        catch (NotFoundException e)
        {
            // Blazor sends a page's bare 404 without a body; NotFound() renders the router's NotFoundPage instead.
            Desk.Problem = e.Message;
            Navigation.NotFound();
            return null;
        }
        catch (ForbiddenException e)
        {
            return Refuse<T>(StatusCodes.Status403Forbidden, Ui.T("无权查看：", "Not yours to see: ") + e.Message);
        }
        catch (ValidationException e)
        {
            return Refuse<T>(StatusCodes.Status400BadRequest, string.Join("; ", e.Errors.Select(f => f.ErrorMessage)));
        }
    }

    private T? Refuse<T>(int status, string message) where T : class
    {
        if (HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = status;
        }

        Problem = message;
        return null;
    }
}
