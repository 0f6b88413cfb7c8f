using Microsoft.Extensions.Options;

namespace WarRoom.Web.Pipeline.Checkpoints;

public static class CheckpointServiceCollectionExtensions
{
    /// <summary>Checkpoints of the in-memory state (decision 0023): options, the files, the loader the rebuild uses and the writer.</summary>
    public static IServiceCollection AddWarRoomCheckpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckpointOptions>().Bind(configuration.GetSection(CheckpointOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckpointOptions>, CheckpointOptionsValidator>();
        services.AddSingleton<CheckpointFiles>();
        services.AddSingleton<CheckpointState>();
        services.AddSingleton<CheckpointLoader>();
        services.AddSingleton<CheckpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointService>());
        return services;
    }
}
