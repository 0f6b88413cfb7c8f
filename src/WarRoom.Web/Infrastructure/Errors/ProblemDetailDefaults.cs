using Microsoft.AspNetCore.WebUtilities;
using WarRoom.Web.Infrastructure.Auth;

namespace WarRoom.Web.Infrastructure.Errors;

/// <summary>
/// Every 4xx/5xx body names its problem: a problem written without a <c>detail</c> (a status-code page for 401,
/// 403, 404, 405, or an endpoint's bare NotFound) gets one that says what happened to this request.
/// </summary>
public static class ProblemDetailDefaults
{
    private const int MaxQuoted = 200;

    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        var target = $"{http.Request.Method} {Quote(http.Request.Path.Value)}";
        problem.Detail = status switch
        {
            StatusCodes.Status401Unauthorized => Challenge.Detail(http),
            StatusCodes.Status403Forbidden => $"your role or scope does not allow {target}",
            StatusCodes.Status404NotFound => $"nothing is found at {target}",
            StatusCodes.Status405MethodNotAllowed => $"{target}: the method is not allowed on this route",
            _ => $"{target}: {ReasonPhrases.GetReasonPhrase(status)}",
        };
    }

    /// <summary>A path as a detail may quote it (no query string: it may hold a token).</summary>
    private static string Quote(string? path) =>
        path is null ? "/" : path.Length <= MaxQuoted ? path : path[..MaxQuoted] + "…";
}
