using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Infrastructure.Auth;

public static class AuthServiceCollectionExtensions
{
    private const string PolicyScheme = "WarRoom";

    public static IServiceCollection AddWarRoomAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        if (environment.IsDevelopment())
        {
            var generated = new DevelopmentCredentials();
            services.AddSingleton(generated);
            services.PostConfigure<AuthOptions>(generated.AddMissingTo);
        }

        services.AddSingleton<CredentialDirectory>();
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "token or cookie", o => o.ForwardDefaultSelector = context =>
                TokenAuthenticationHandler.SecretOf(context.Request) is null
                    ? CookieAuthenticationDefaults.AuthenticationScheme
                    : TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/login";
                o.Cookie.Name = "warroom";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Events.OnRedirectToLogin = c => StatusInsteadOfRedirect(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => StatusInsteadOfRedirect(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = RejectIfUserChanged;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireAuthenticatedUser().RequireRole(Roles.Readers))
            .AddPolicy(Policies.Ingest, p => p.RequireAuthenticatedUser().RequireRole(Roles.Ingest))
            .AddPolicy(Policies.Snapshot, p => p.RequireAuthenticatedUser().RequireRole(Roles.SnapshotTakers));
        return services;
    }

    /// <summary>
    /// A user removed from <c>WarRoom:Auth:Users</c>, moved to another role or scope, or given a new password is
    /// signed out at their next request, not when the 12-hour cookie runs out.
    /// </summary>
    private static Task RejectIfUserChanged(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.Users;
        var principal = context.Principal;
        if (principal?.Identity?.Name is not { } login || !users.TryGetValue(login, out var user) || !UserStamp.Matches(principal, user))
        {
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }

    /// <summary>APIs (InfluxDB's /write too) and the hub answer 401/403; only pages redirect people to /login.</summary>
    private static Task StatusInsteadOfRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/metrics") || LineProtocolPaths.Matches(path))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = Challenge.Header(null);
            }

            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
