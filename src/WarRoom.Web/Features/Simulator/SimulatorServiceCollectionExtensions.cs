namespace WarRoom.Web.Features.Simulator;

public static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddWarRoomSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.GetValue<bool>($"{SimulatorOptions.Section}:Enabled"))
        {
            services.AddHostedService<SimulatorService>();
        }

        return services;
    }
}
