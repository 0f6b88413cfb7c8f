using Microsoft.AspNetCore.RateLimiting;

namespace WarRoom.Web.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Rate-limit policies <see cref="LoginRateLimitPolicy.Name"/> and <see cref="IngestRateLimitPolicy.Name"/>.</summary>
    public static IServiceCollection AddWarRoomSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, LoginRateLimitPolicy>(LoginRateLimitPolicy.Name);
            o.AddPolicy<string, IngestRateLimitPolicy>(IngestRateLimitPolicy.Name);
        });
        return services;
    }

    /// <summary>First in the pipeline, so that every answer carries the headers.</summary>
    public static IApplicationBuilder UseWarRoomSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>After authorization: a request refused there never spends anyone's budget.</summary>
    public static IApplicationBuilder UseWarRoomRateLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<ReadLoginFormFirst>().UseRateLimiter();
}
