using Microsoft.Extensions.Options;
using Radzen;
using WarRoom.Web.Infrastructure.Audit;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Circuits;
using WarRoom.Web.Infrastructure.Clock;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Infrastructure.Health;
using WarRoom.Web.Infrastructure.Mediator;
using WarRoom.Web.Infrastructure.Security;
using WarRoom.Web.Infrastructure.Seed;

namespace WarRoom.Web.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>Cross-cutting services: options, clock, seed data, MediatR, errors, auth, rate limits, health, metrics, audit.</summary>
    public static WebApplicationBuilder AddWarRoomInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WarRoomOptions>().Bind(builder.Configuration.GetSection(WarRoomOptions.Section));
        services.AddWarRoomClock(builder.Configuration);
        services.AddWarRoomSeedData();
        services.AddWarRoomMediator();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailDefaults.Fill);
        services.AddExceptionHandler<WarRoomExceptionHandler>();
        services.AddWarRoomAuth(builder.Configuration, builder.Environment);
        services.AddWarRoomSecurity(builder.Configuration);
        services.AddWarRoomHealth();
        services.AddSingleton<IAuditLog>(sp => new JsonLinesAuditLog(
            Path.Combine(sp.GetRequiredService<IOptions<WarRoomOptions>>().Value.DataDirectory, "audit.log"),
            sp.GetRequiredService<ILogger<JsonLinesAuditLog>>()));
        // Desk pages run on interactive Server circuits (decision 0002); the circuit's user comes from its own connection.
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddLeanCircuitJsonMetadata();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();

        // Request lines carry query strings, and pages and the hub take their token there: never logged, whatever
        // level an operator sets for Microsoft.AspNetCore or by default.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        // Chinese text as text, not as &#x…; entities: smaller pages and readable HTML for tests and people.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseWarRoomInfrastructure(this WebApplication app)
    {
        app.UseWarRoomSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWarRoomRateLimits();
        app.UseAntiforgery();
        DevelopmentBanner.PrintWhenStarted(app);
        return app;
    }
}
