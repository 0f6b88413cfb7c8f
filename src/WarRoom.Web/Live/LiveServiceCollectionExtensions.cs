using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WarRoom.Web.Features.Ingest.Pipeline;
using WarRoom.Web.Live.Boards;
using WarRoom.Web.Live.Boards.Building;
using WarRoom.Web.Live.Guidance;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Live.Publishing;

namespace WarRoom.Web.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The live war room: the SignalR hub, board payloads, the deal feed and the coalescing publisher. Call after
    /// <c>AddWarRoomRankings</c> (the feed must see a batch after the aggregates did) and <c>AddWarRoomBoards</c>.
    /// Guidance comes from any <see cref="IBoardGuidance"/> registered before this call; otherwise none is shown.
    /// </summary>
    public static IServiceCollection AddWarRoomLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR(o => o.AddFilter<LiveHubFilter>())
            .AddJsonProtocol(o =>
            {
                // The board contract's JSON (BoardJson): no nulls, Chinese as UTF-8 rather than \u escapes (half the bytes).
                o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
                o.PayloadSerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            });
        services.AddSingleton<LiveHubFilter>();
        services.AddSingleton<LiveSubscriptions>();

        services.AddSingleton<LiveFeed>();
        services.AddSingleton<IEventObserver>(sp => sp.GetRequiredService<LiveFeed>());
        services.TryAddSingleton<IBoardGuidance, NoBoardGuidance>();

        services.AddSingleton<BoardStamps>();
        services.AddSingleton<TrendSeries>();
        services.AddSingleton<TrendCache>();
        services.AddSingleton<BoardPayloadBuilder>();
        services.AddSingleton<BoardPayloadCache>();

        services.AddSingleton<BoardPublisher>();
        services.AddSingleton<UnitPublisher>();
        services.AddSingleton<GuidancePublisher>();
        services.AddHostedService<LivePublisher>();
        services.AddHostedService<DealAnnouncer>();
        return services;
    }

    /// <summary>Maps the hub at <c>/hubs/warroom</c> (bearer token, or <c>?access_token=</c> from browsers).</summary>
    public static IEndpointRouteBuilder MapWarRoomLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<WarRoomHub>(BoardHubContract.HubPath);
        return app;
    }
}
