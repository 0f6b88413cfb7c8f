using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Live.Hub;
using WarRoom.Web.Live.Publishing;

namespace WarRoom.Web.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The live war room: the SignalR hub and the publishers that push boards, units, guidance and deals to it. It
    /// reads the board model (<c>AddWarRoomBoards</c>), guidance and the pipeline's live feed, and touches no store;
    /// the order of the calls in Program.cs does not matter.
    /// </summary>
    public static IServiceCollection AddWarRoomLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddLogging(b => b.AddFilter(LiveHubFilter.DispatcherCategory, LogLevel.Critical));
        var signalR = services.AddSignalR(o => o.AddFilter<LiveHubFilter>());
        signalR.AddJsonProtocol(o =>
            {
                // The board contract's JSON (BoardJson): no nulls, Chinese as UTF-8 rather than \u escapes (half the bytes).
                o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
                o.PayloadSerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            });
        if (configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() is { Enabled: true } cluster)
        {
            // Scale-out (decision 0018): a message to a group or connection reaches it on whichever node it lives.
            signalR.AddStackExchangeRedis(cluster.Redis!, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(cluster.Key("signalr")));
        }

        services.AddSingleton<HubGroups>();
        services.AddSingleton<LiveHubFilter>();
        services.AddSingleton<LiveSubscriptions>();
        services.AddSingleton<SerializedPayloads>();

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
