using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// Bearer secrets: <c>Authorization: Bearer …</c>, or — for browsers that cannot set headers — <c>?access_token=</c>
/// (the SignalR client) and <c>?token=</c> (kiosk pages).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CredentialDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    public static string? SecretOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var query = request.Query["access_token"].ToString();
        return query.Length > 0 ? query : request.Query["token"].ToString() is { Length: > 0 } t ? t : null;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request);
        if (secret is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var credential = directory.Find(secret);
        if (credential is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown token or key"));
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, credential.Name),
            new(ClaimTypes.Role, credential.Role),
            new(WarRoomClaims.Kind, credential.Kind),
        };
        if (credential.Scope is not null)
        {
            claims.Add(new Claim(WarRoomClaims.Scope, credential.Scope));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
