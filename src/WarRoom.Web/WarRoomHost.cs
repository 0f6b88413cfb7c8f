using WarRoom.Web.Components;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Catalog;
using WarRoom.Web.Features.Cluster;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.History;
using WarRoom.Web.Features.Ingest;
using WarRoom.Web.Features.Ingest.LineProtocol;
using WarRoom.Web.Features.Notify;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Features.SignIn;
using WarRoom.Web.Features.Simulator;
using WarRoom.Web.Features.Snapshots;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Infrastructure.Health;
using WarRoom.Web.Live;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Storage;

namespace WarRoom.Web;

/// <summary>
/// The host's composition: every room's services, then the middleware and endpoints. The order of
/// <see cref="Areas"/> carries no meaning: each area registers what it owns with a plain Add (no TryAdd stand-in that
/// an earlier call could pre-empt, no "call after X"), and what one area needs of another is resolved when first
/// used. The one order that matters — which observer sees a stored batch first — is fixed inside
/// <c>AddWarRoomPipeline</c>. HostCompositionTests starts the host with the areas shuffled.
/// </summary>
public static class WarRoomHost
{
    public static IReadOnlyList<KeyValuePair<string, Action<WebApplicationBuilder>>> Areas { get; } =
    [
        new("infrastructure", b => b.AddWarRoomInfrastructure()),
        new("cluster", b => b.Services.AddWarRoomCluster(b.Configuration)),
        new("storage", b => b.Services.AddWarRoomStorage(b.Configuration)),
        new("pipeline", b => b.Services.AddWarRoomPipeline(b.Configuration)),
        new("rankings", b => b.Services.AddWarRoomRankings()),
        new("guidance", b => b.Services.AddWarRoomGuidance(b.Configuration)),
        new("boards", b => b.Services.AddWarRoomBoards(b.Configuration)),
        new("simulator", b => b.Services.AddWarRoomSimulator(b.Configuration)),
        new("snapshots", b => b.Services.AddWarRoomSnapshots(b.Configuration)),
        new("live", b => b.Services.AddWarRoomLive(b.Configuration)),
        new("notify", b => b.Services.AddWarRoomNotify(b.Configuration)),
        new("desk", b => b.Services.AddSingleton<Components.Shared.SharedHtml>()),
        new("history", b => b.Services.AddWarRoomHistory(b.Configuration)),
    ];

    public static WebApplicationBuilder AddWarRoom(this WebApplicationBuilder builder) => builder.AddWarRoom(Areas);

    /// <summary>The same areas in an order of the caller's choosing (the composition test).</summary>
    public static WebApplicationBuilder AddWarRoom(this WebApplicationBuilder builder, IEnumerable<KeyValuePair<string, Action<WebApplicationBuilder>>> areas)
    {
        foreach (var (_, add) in areas)
        {
            add(builder);
        }

        return builder;
    }

    /// <summary>Middleware first (errors, auth, rate limits), then every room's endpoints and the pages.</summary>
    public static WebApplication MapWarRoom(this WebApplication app)
    {
        app.UseWarRoomInfrastructure();
        app.MapWarRoomHealth();
        app.MapCatalog();
        app.MapIngest();
        app.MapLineProtocol();
        app.MapRankings();
        app.MapGuidance();
        app.MapBoardsApi();
        app.MapSignIn();
        app.MapDrillDown();
        app.MapSnapshots();
        app.MapNotify();
        app.MapCluster();
        app.MapWarRoomLive();
        BrowserLibraryCheck.Require(app.Environment);
        app.MapStaticAssets();
        // No per-message deflate on the circuits' sockets: its compressor state is kept per open desk page (desk memory,
        // docs/benchmarks.md), and render batches are small; the CSP (SecurityHeaders) already forbids framing.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
        return app;
    }
}
