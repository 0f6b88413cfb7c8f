using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WarRoom.Web.Infrastructure.Audit;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary>
/// Sign-in attempts per client IP and login (POSTs only: showing the form is free). Partitioning by both keeps one
/// guesser from locking a colleague out from another desk, and one shared office address from locking out everyone.
/// </summary>
public sealed class LoginRateLimitPolicy(IOptions<RateLimitOptions> options, IAuditLog audit) : IRateLimiterPolicy<string>
{
    public const string Name = "login";

    /// <summary>The form field the login page posts the login in (see Components/Pages/Login.razor).</summary>
    public const string LoginField = "Input.Login";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limit = options.Value.Login;
        return RateLimitPartition.GetFixedWindowLimiter(ClientIp(httpContext) + "\n" + LoginOf(httpContext).ToUpperInvariant(), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var http = context.HttpContext;
        var seconds = RetryAfterSeconds(context.Lease);
        await audit.WriteAsync(AuditEntry.ForLogin(LoginOf(http), AuditActions.SignInLockedOut, false, ClientIp(http), "too many attempts"), ct);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>请稍后再试 / Try again later</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="site-main"><h1>登录尝试过多</h1><p>请 {seconds} 秒后再试。</p>
            <h1 lang="en">Too many sign-in attempts</h1><p lang="en">Please try again in {seconds} seconds.</p>
            <p><a href="/login">/login</a></p></main></body></html>
            """, ct);
    };

    public static string ClientIp(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The login typed, from the form <see cref="ReadLoginFormFirst"/> has already read (never blocking here).</summary>
    public static string LoginOf(HttpContext http) =>
        http.Features.Get<IFormFeature>()?.Form?[LoginField].ToString().Trim() ?? string.Empty;

    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
}
