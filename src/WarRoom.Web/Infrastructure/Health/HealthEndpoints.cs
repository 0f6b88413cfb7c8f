using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Infrastructure.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddWarRoomHealth(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessState>();
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton(sp =>
        {
            // The exporter first: it must be listening when the first measurement is made.
            sp.GetRequiredService<PrometheusExporter>();
            return new WarRoomMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddHealthChecks()
            .AddCheck("seed-data", () => HealthCheckResult.Healthy(), tags: ["ready"])
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<StartupHealthCheck>("startup", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapWarRoomHealth(this IEndpointRouteBuilder app)
    {
        // Liveness runs no checks: a slow store must not get the process restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapGet("/metrics", (PrometheusExporter exporter) =>
            TypedResults.Text(exporter.Render(), "text/plain; version=0.0.4; charset=utf-8"))
            .RequireAuthorization(Auth.Policies.Read);
        return app;
    }

    private sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            _ = services.GetRequiredService<SeedData>();
            var store = services.GetService<IKpiStore>();
            if (store is null)
            {
                return HealthCheckResult.Unhealthy("no KPI store is configured");
            }

            return await store.IsReadyAsync(cancellationToken)
                ? HealthCheckResult.Healthy(store.Name)
                : HealthCheckResult.Unhealthy($"{store.Name} store does not answer");
        }
    }

    private sealed class StartupHealthCheck(ReadinessState state) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(state.Pending is { Count: > 0 } pending
                ? HealthCheckResult.Unhealthy("waiting for: " + string.Join(", ", pending))
                : HealthCheckResult.Healthy());
    }
}
