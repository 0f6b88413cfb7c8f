using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Security;

/// <summary>
/// Batches per ingest key (the authenticated source name). It runs after authorization, so requests with a bad key
/// are refused before they can use up a real source's budget.
/// </summary>
public sealed class IngestRateLimitPolicy(IOptions<RateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "ingest";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limit = options.Value.Ingest;
        return RateLimitPartition.GetTokenBucketLimiter(httpContext.User.Identity?.Name ?? string.Empty, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = limit.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var http = context.HttpContext;
        var seconds = LoginRateLimitPolicy.RetryAfterSeconds(context.Lease);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            detail: $"source '{http.User.Identity?.Name}' sends more than {options.Value.Ingest.PerSecond} batches a second; retry after {seconds} s")
            .ExecuteAsync(http);
    };
}
