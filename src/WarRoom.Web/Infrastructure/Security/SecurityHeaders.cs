using Microsoft.Net.Http.Headers;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary>
/// Headers on every answer, errors and redirects included (they are set when the response starts, whoever writes it).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy(context.Request);
        headers[HeaderNames.XContentTypeOptions] = "nosniff";

        // Kiosk and automation URLs carry ?token=; no Referer may take one to another site.
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";

        // Static assets set their own caching; every other answer is someone's figures and stays out of caches.
        if (!headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }
    }

    /// <summary>The one inline handler Radzen writes (list items of its autocomplete and drop-downs); its hash, nothing else inline.</summary>
    private const string RadzenHandler = "'unsafe-hashes' 'sha256-Gv+T45M6M+kq+caJFhy73JiJ7nitAZcfPRfx1dzDz/4='";

    /// <summary>
    /// Scripts only from our origin (board.js, ECharts and SignalR from /lib; no inline script but Radzen's one
    /// handler, allowed by its hash), the hub's
    /// websocket on our host, no framing. Inline styles stay allowed because ECharts writes style attributes into
    /// its tooltips; a style cannot run code.
    /// </summary>
    public static string ContentSecurityPolicy(HttpRequest request)
    {
        var host = request.Host.Value;
        var sockets = string.IsNullOrEmpty(host) || !host.All(IsHostChar) ? string.Empty : $" ws://{host} wss://{host}";
        return $"default-src 'self'; script-src 'self' {RadzenHandler}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            + $"connect-src 'self'{sockets}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']';
}
