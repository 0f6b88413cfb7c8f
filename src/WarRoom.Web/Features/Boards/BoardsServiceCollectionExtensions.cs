using Microsoft.Extensions.Options;
using WarRoom.Core.Seed;
using WarRoom.Web.Features.Boards.Building;

namespace WarRoom.Web.Features.Boards;

public static class BoardsServiceCollectionExtensions
{
    /// <summary>
    /// The board model: <see cref="BoardCatalog"/> (also as a hosted service, so invalid boards stop the start) with
    /// its options from <c>WarRoom:Dashboards</c>, validated at start, its vocabulary from the <see cref="SeedData"/>,
    /// and the payload builder with its caches. Needs the pipeline (aggregates, live feed), rankings, trends and
    /// guidance; the order of the calls in Program.cs does not matter.
    /// </summary>
    public static IServiceCollection AddWarRoomBoards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BoardsOptions>()
            .Configure(o => o.Folder = configuration[BoardsOptions.FolderKey])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BoardsOptions>, BoardsOptionsValidator>();
        services.AddOptions<BoardRefreshOptions>().Bind(configuration.GetSection(BoardRefreshOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => BoardVocabulary.From(sp.GetRequiredService<SeedData>()));
        services.AddSingleton<BoardCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardCatalog>());

        services.AddSingleton<BoardStamps>();
        services.AddSingleton<TrendCache>();
        services.AddSingleton<BoardPayloadBuilder>();
        services.AddSingleton<BoardPayloadCache>();
        return services;
    }
}
