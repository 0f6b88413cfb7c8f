using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace WarRoom.Web.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become answers: validation failures → 400 ProblemDetails with the failing
/// parameters under <c>errors</c>, unknown things → 404, out of scope → 403, the store unavailable → 503 with
/// <c>Retry-After</c> (whichever route met it: ingest, a snapshot, a trend). Anything else stays a 500.
/// </summary>
public sealed class WarRoomExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationException v => new ValidationProblemDetails(
                v.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray(), StringComparer.Ordinal))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "invalid request",
                Detail = string.Join("; ", v.Errors.Select(e => e.ErrorMessage)),
            },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "not found", Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "forbidden", Detail = f.Message },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "bad request", Detail = b.Message },
            StoreUnavailableException s => Unavailable(httpContext, s),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Unavailable(HttpContext httpContext, StoreUnavailableException e)
    {
        httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Detail = e.Message };
    }
}
