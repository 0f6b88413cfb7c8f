namespace WarRoom.Web.Infrastructure.Auth;

/// <summary>
/// What a 401 tells the caller (RFC 9110 §11.6.1: every 401 carries <c>WWW-Authenticate</c>): the Bearer scheme
/// every API, page and the hub take, and why a presented credential failed, which the problem's <c>detail</c> quotes.
/// </summary>
public static class Challenge
{
    private const string ReasonKey = "warroom:auth-failure";

    public static string Header(string? error) =>
        error is null ? "Bearer realm=\"WarRoom\"" : $"Bearer realm=\"WarRoom\", error=\"{error}\"";

    public static void Explain(HttpContext context, string? reason)
    {
        if (reason is not null)
        {
            context.Items[ReasonKey] = reason;
        }
    }

    /// <summary>The detail of a 401: the credential's failure, or what to send.</summary>
    public static string Detail(HttpContext context) =>
        context.Items.TryGetValue(ReasonKey, out var reason) && reason is string text
            ? text
            : "sign in at /login, or send Authorization: Bearer <token> (an ingest key for /api/v1/events)";
}
