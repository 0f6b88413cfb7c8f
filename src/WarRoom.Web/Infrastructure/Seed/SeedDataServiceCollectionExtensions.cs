using Microsoft.Extensions.Options;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Infrastructure.Seed;

public static class SeedDataServiceCollectionExtensions
{
    /// <summary>Loads and validates the seed data once; the org tree, KPI catalogue and campaign are singletons.</summary>
    public static IServiceCollection AddWarRoomSeedData(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WarRoomOptions>>().Value;
            var folder = RepositoryPaths.Resolve(options.SeedData, "seed-data", "WarRoom:SeedData");
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var data = SeedLoader.Load(new FileSeedSource(folder));
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("WarRoom.Seed").LogInformation(
                "Seed data from {Folder}: {Units} units ({Managers} managers), {Kpis} KPIs, campaign {Campaign}; read in {Elapsed} ms",
                folder, data.Org.Count, data.Org.ManagerCount, data.Kpis.Count, data.Campaign.Name,
                (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return data;
        });
        services.AddSingleton(sp => sp.GetRequiredService<SeedData>().Org);
        services.AddSingleton(sp => sp.GetRequiredService<SeedData>().Kpis);
        services.AddSingleton(sp => sp.GetRequiredService<SeedData>().Campaign);
        services.AddSingleton(sp => sp.GetRequiredService<SeedData>().Dimensions);
        return services;
    }
}
