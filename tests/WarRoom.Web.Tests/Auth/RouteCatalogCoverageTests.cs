using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// The access matrix only proves something about the routes it knows: every mapped route must be in
/// <see cref="RouteCatalog"/>, and every catalogued route must still be mapped.
/// </summary>
[Collection(SignedInCollection.Name)]
public sealed class RouteCatalogCoverageTests(SignedInApp app)
{
    [Fact]
    public void Every_mapped_route_is_in_the_catalog()
    {
        var missing = MappedRoutes()
            .Where(m => !RouteCatalog.All.Any(r => Same(r.Pattern, m.Pattern) && m.Methods.Contains(r.Method)))
            .Select(m => $"{string.Join("|", m.Methods)} {m.Pattern}")
            .ToList();

        Assert.True(missing.Count == 0, "add these to RouteCatalog.All with the access they require: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_catalogued_route_is_mapped()
    {
        var mapped = MappedRoutes();
        var stale = RouteCatalog.All.Where(r => !mapped.Any(m => Same(r.Pattern, m.Pattern) && m.Methods.Contains(r.Method))).Select(r => r.Key).ToList();

        Assert.True(stale.Count == 0, "no longer mapped: " + string.Join(", ", stale));
    }

    private List<(string Pattern, IReadOnlyList<string> Methods)> MappedRoutes() =>
    [
        .. app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e) && !IsFrameworkPlumbing(e))
            .Select(e => ("/" + e.RoutePattern.RawText!.Trim('/'),
                (IReadOnlyList<string>)(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]))),
    ];

    /// <summary>wwwroot files (MapStaticAssets, and its catch-all for files outside the manifest) hold no figures.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || endpoint.RoutePattern.RawText!.Contains(":file}", StringComparison.Ordinal);

    /// <summary>Blazor's own routes (the opaque redirect of static SSR) carry no data and follow the framework's rules.</summary>
    /// <summary>
    /// Blazor's own files and the circuit's hub (/_blazor): a circuit renders only pages, and every page checks the
    /// circuit's user itself (AuthorizeRouteView and the viewer's scope), which DeskScopeTests try in Chromium.
    /// </summary>
    private static bool IsFrameworkPlumbing(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.StartsWith("/_framework/", StringComparison.Ordinal)
        || endpoint.RoutePattern.RawText!.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
