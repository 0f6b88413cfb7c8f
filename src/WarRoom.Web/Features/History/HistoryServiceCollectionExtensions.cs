namespace WarRoom.Web.Features.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>Last year's campaign for 同比, loaded in the background after start (<see cref="LastYearLoader"/>).</summary>
    public static IServiceCollection AddWarRoomHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HistoryOptions>().Bind(configuration.GetSection(HistoryOptions.Section))
            .Validate(o => o.Problem() is null, "WarRoom:History is invalid (GeneratedPerWorkingDay 0..1,000,000, Folder set)")
            .ValidateOnStart();
        services.AddHostedService<LastYearLoader>();
        return services;
    }
}
