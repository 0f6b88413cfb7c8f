namespace WarRoom.Web.Infrastructure.Clock;

public static class ClockServiceCollectionExtensions
{
    public static IServiceCollection AddWarRoomClock(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClockOptions>()
            .Bind(configuration.GetSection(ClockOptions.Section))
            .Validate(o => o.Now is null || o.StartAt is null, "WarRoom:Clock: set Now (frozen) or StartAt (running), not both")
            .ValidateOnStart();
        services.AddSingleton(sp => BusinessTimeProvider.From(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClockOptions>>().Value, TimeProvider.System));
        return services;
    }
}
