using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// POST /guidance/follow-up — the unit page's follow-up form (form fields, antiforgery checked): the same command as
/// the API, then back to the page it came from (post/redirect/get); a refusal travels back in the query string so
/// the page shows it beside the item.
/// </summary>
public static class FollowUpForm
{
    public const string Path = "/guidance/follow-up";

    public static IEndpointRouteBuilder MapFollowUpForm(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext http, OrgTree org, IMediator mediator, [FromForm] string? id, [FromForm] string? status,
            [FromForm] string? note, [FromForm] string? returnUrl, CancellationToken ct) =>
        {
            var back = IsLocal(returnUrl) ? returnUrl! : "/";
            try
            {
                await mediator.Send(new SetFollowUp.Command(http.Viewer(org), id ?? "", status, note), ct);
                return Results.Redirect($"{back}#follow-up-{(id ?? "").Replace('.', '-')}");
            }
            catch (Exception e) when (e is ValidationException or ForbiddenException or NotFoundException)
            {
                var message = e is ValidationException v ? string.Join("; ", v.Errors.Select(f => f.ErrorMessage)) : e.Message;
                var query = $"followUpFor={Uri.EscapeDataString(id ?? "")}&followUpError={Uri.EscapeDataString(message)}";
                return Results.Redirect($"{back}{(back.Contains('?') ? '&' : '?')}{query}#follow-up-{(id ?? "").Replace('.', '-')}");
            }
        }).RequireAuthorization(Policies.Read);
        return app;
    }

    /// <summary>Only a path on this site: a form must not become an open redirect.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
