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
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected IMediator Mediator { get; set; } = default!;

    [Inject]
    protected OrgTree Org { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>Where a refusal's message waits for the not-found page (HttpContext.Items).</summary>
    public const string ProblemKey = "warroom:problem";

    protected UiLanguage Ui => UiLanguage.Of(HttpContext);

    protected Viewer Viewer => HttpContext.Viewer(Org);

    /// <summary>Why the page has nothing to show, or null.</summary>
    protected string? Problem { get; private set; }

    protected async Task<T?> SendAsync<T>(Func<Viewer, IRequest<T>> request) where T : class
    {
        try
        {
            return await Mediator.Send(request(Viewer), HttpContext.RequestAborted);
        }
        catch (NotFoundException e)
        {
            // Blazor sends a page's bare 404 without a body; NotFound() renders the router's NotFoundPage instead.
            HttpContext.Items[ProblemKey] = e.Message;
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
        HttpContext.Response.StatusCode = status;
        Problem = message;
        return null;
    }
}
