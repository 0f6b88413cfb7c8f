using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Live.Boards;

public static class BoardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BoardCatalog"/> (also as a hosted service, so invalid boards stop the start) with its
    /// options from <c>WarRoom:Dashboards</c>, validated at start. The vocabulary comes from the registered
    /// <see cref="SeedData"/> unless a <see cref="BoardVocabulary"/> was registered before this call.
    /// </summary>
    public static IServiceCollection AddWarRoomBoards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BoardsOptions>()
            .Configure(o => o.Folder = configuration[BoardsOptions.FolderKey])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoardsOptions>, BoardsOptionsValidator>());
        services.TryAddSingleton(sp => BoardVocabulary.From(sp.GetRequiredService<SeedData>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BoardCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardCatalog>());
        return services;
    }
}
