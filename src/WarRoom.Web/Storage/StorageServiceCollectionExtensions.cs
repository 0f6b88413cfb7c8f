using Microsoft.Extensions.Options;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Storage.Sqlite;

namespace WarRoom.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the KPI store chosen by <c>WarRoom:Store</c> (Sqlite, the default, or Influx) as the singleton
    /// <see cref="IKpiStore"/>, with its options bound from <c>WarRoom:Sqlite</c> / <c>WarRoom:Influx</c> and
    /// validated at start; for Influx also the spool drainer as a hosted service. Needs a <see cref="SeedData"/>
    /// singleton. The caller still runs <see cref="IKpiStore.InitializeAsync"/> once before using the store.
    /// </summary>
    public static IServiceCollection AddWarRoomStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();

        // The kind decides which services exist, so it is read now; a value that does not parse falls back here
        // and is reported by the validation above when the host starts.
        var kind = Enum.TryParse<StoreKind>(configuration[$"{StorageOptions.Section}:Store"], ignoreCase: true, out var parsed)
            ? parsed
            : StoreKind.Sqlite;
        if (kind == StoreKind.Influx)
        {
            services.AddSingleton<IValidateOptions<InfluxOptions>, InfluxOptionsValidator>();
            services.AddOptions<InfluxOptions>().Bind(configuration.GetSection(InfluxOptions.Section)).ValidateOnStart();
            services.AddSingleton(sp => new InfluxKpiStore(
                sp.GetRequiredService<IOptions<InfluxOptions>>().Value,
                sp.GetRequiredService<SeedData>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<InfluxKpiStore>>(),
                drainListeners: [.. sp.GetServices<ISpoolDrainListener>()]));
            services.AddSingleton<IKpiStore>(sp => sp.GetRequiredService<InfluxKpiStore>());
            services.AddHostedService(sp => new InfluxSpoolDrainer(
                sp.GetRequiredService<InfluxKpiStore>(),
                sp.GetRequiredService<IOptions<InfluxOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<InfluxSpoolDrainer>>()));
        }
        else
        {
            services.AddSingleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>();
            services.AddOptions<SqliteStoreOptions>().Bind(configuration.GetSection(SqliteStoreOptions.Section)).ValidateOnStart();
            services.AddSingleton<IKpiStore>(sp => new SqliteKpiStore(
                sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
                sp.GetRequiredService<SeedData>(),
                sp.GetRequiredService<ILogger<SqliteKpiStore>>()));
        }

        return services;
    }
}
