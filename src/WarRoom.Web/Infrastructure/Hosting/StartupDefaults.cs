using Microsoft.Extensions.Configuration.Memory;

namespace WarRoom.Web.Infrastructure;

/// <summary>
/// Where the host finds its own files and where it listens when nobody says. A published app started from any
/// working directory (<c>dotnet /opt/warroom/WarRoom.Web.dll</c>, a service unit, a container) reads its
/// <c>appsettings.json</c> and serves its <c>wwwroot</c> from its own folder; <c>dotnet run</c> keeps the project
/// folder. The listening address comes from <c>ASPNETCORE_URLS</c> or <c>--urls</c>, never from appsettings.
/// </summary>
public static class StartupDefaults
{
    public const string Url = "http://localhost:5080";

    /// <summary>
    /// The content root: the app's own folder when that is a published app (it holds <c>wwwroot</c>), or when the
    /// working directory has no <c>appsettings.json</c> of its own; otherwise the working directory (the project
    /// folder under <c>dotnet run</c>). An explicit <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> wins.
    /// </summary>
    public static string? ContentRoot(string[] args, string workingDirectory, string appDirectory)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ||
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT")))
        {
            return null;
        }

        var published = Directory.Exists(Path.Combine(appDirectory, "wwwroot"));
        var ownSettings = File.Exists(Path.Combine(workingDirectory, "appsettings.json"));
        return published || !ownSettings ? appDirectory : workingDirectory;
    }

    /// <summary>
    /// Run from a build output (bin/, where the build's static-web-assets manifest lies beside the DLL) the app
    /// serves <c>wwwroot</c> through that manifest in every environment, as it does in Development; without it
    /// the files it lists would be answered as empty 200s. A published app has no such manifest and its own wwwroot.
    /// </summary>
    public static WebApplicationBuilder ServeBuildOutputAssets(this WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, builder.Environment.ApplicationName + ".staticwebassets.runtime.json");
        if (File.Exists(manifest) && !builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary>
    /// <see cref="Url"/> as the lowest-priority listening address: ASPNETCORE_URLS, --urls, DOTNET_URLS or
    /// ASPNETCORE_HTTP_PORTS (set by the official aspnet images) all take precedence.
    /// </summary>
    public static WebApplicationBuilder ListenWhereTold(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]) && string.IsNullOrWhiteSpace(builder.Configuration["https_ports"]))
        {
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
            {
                InitialData = [new(WebHostDefaults.ServerUrlsKey, Url)],
            });
        }

        return builder;
    }
}
