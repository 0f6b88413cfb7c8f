using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Rate-limit policies <see cref="LoginRateLimitPolicy.Name"/> and <see cref="IngestRateLimitPolicy.Name"/>, and the
    /// trusted reverse proxies (<see cref="ProxyOptions"/>).
    /// </summary>
    public static IServiceCollection AddWarRoomSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => proxy.Value.ApplyTo(forwarded));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, LoginRateLimitPolicy>(LoginRateLimitPolicy.Name);
            o.AddPolicy<string, IngestRateLimitPolicy>(IngestRateLimitPolicy.Name);
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline: the scheme and client address a trusted proxy forwarded (everything after sees https
    /// as the browser did), then the headers every answer carries.
    /// </summary>
    public static IApplicationBuilder UseWarRoomSecurityHeaders(this IApplicationBuilder app) =>
        app.UseForwardedHeaders().UseMiddleware<SecurityHeaders>();

    /// <summary>After authorization: a request refused there never spends anyone's budget.</summary>
    public static IApplicationBuilder UseWarRoomRateLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<ReadLoginFormFirst>().UseRateLimiter();
}
