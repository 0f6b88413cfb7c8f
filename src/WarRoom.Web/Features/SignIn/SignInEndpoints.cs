using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WarRoom.Web.Features.SignIn;

public static class SignInEndpoints
{
    /// <summary>/login is a Razor page (Components/Pages/Login.razor); signing out is a plain form POST.</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        // Not a GET, and checked against the antiforgery token explicitly: the middleware only flags a bad token
        // for endpoints that bind a form, and this one binds nothing. Otherwise any site could sign people out.
        app.MapPost("/logout", async Task<Results<RedirectHttpResult, ProblemHttpResult>> (
            HttpContext http, IAntiforgery antiforgery, IMediator mediator, CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "a valid antiforgery token is required to sign out");
            }

            if (http.User.Identity?.IsAuthenticated == true)
            {
                await mediator.Send(new SignOut.Command(http.User.Identity.Name, http.Connection.RemoteIpAddress?.ToString()), ct);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("/login");
        })
            .DisableAntiforgery()
            .AllowAnonymous()
            .WithTags("SignIn");
        return app;
    }
}
