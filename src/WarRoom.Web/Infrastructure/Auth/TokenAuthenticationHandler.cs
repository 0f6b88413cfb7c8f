using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// Bearer secrets: <c>Authorization: Bearer …</c>, or — for browsers that cannot set headers — <c>?access_token=</c>
/// (the SignalR client) and <c>?token=</c> (kiosk pages). An ingest key is taken from the header only: a key in a URL
/// ends up in proxy logs and shell histories, and no source system needs it there. Every 401 says how to
/// authenticate (<c>WWW-Authenticate</c>) and why the credential failed (the problem's <c>detail</c>). The
/// line-protocol routes also take <c>Token …</c> and Basic (see <see cref="LineProtocolPaths"/>).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CredentialDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    public static string? SecretOf(HttpRequest request) => HeaderSecret(request) ?? QuerySecret(request);

    private static string? HeaderSecret(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (!LineProtocolPaths.Matches(request.Path))
        {
            return null;
        }

        if (header.StartsWith("Token ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Token ".Length..].Trim();
        }

        return header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? BasicPassword(header["Basic ".Length..].Trim()) : null;
    }

    /// <summary>The password of <c>Basic base64(user:password)</c> (the user is free: InfluxDB v1 clients send one).</summary>
    private static string? BasicPassword(string encoded)
    {
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            return null;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : null;
    }

    private static string? QuerySecret(HttpRequest request)
    {
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

        if (credential.Role == Roles.Ingest && HeaderSecret(Request) is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("an ingest key is taken only from the Authorization header (Bearer), never from the URL"));
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

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Challenge.Header(result.Failure is null ? null : "invalid_token");
        Challenge.Explain(Context, result.Failure?.Message);
    }
}
