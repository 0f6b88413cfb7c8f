using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace WarRoom.Web.Infrastructure.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// <c>WarRoom:Cluster</c>: options (validated at start: cluster mode needs the Influx store), the lease that lets
    /// scheduled work run once per cluster, and — in cluster mode only — the Redis connection, the node's heartbeat
    /// and the data-protection keys shared through Redis (a cookie or form token from one node is good on the other).
    /// </summary>
    public static IServiceCollection AddWarRoomCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section))
            .PostConfigure(o => o.NodeName = string.IsNullOrWhiteSpace(o.NodeName) ? ClusterOptions.DefaultNodeName(configuration["urls"]) : o.NodeName.Trim())
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.AddSingleton<ClusterLease>();
        services.AddSingleton<ClusterLag>();

        var options = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        if (options.Enabled)
        {
            services.AddSingleton<IConnectionMultiplexer>(sp =>
            {
                var config = ConfigurationOptions.Parse(sp.GetRequiredService<IOptions<ClusterOptions>>().Value.Redis!);
                // Redis may come up after the node: keep trying in the background rather than fail the start.
                config.AbortOnConnectFail = false;
                config.ClientName = sp.GetRequiredService<IOptions<ClusterOptions>>().Value.Node;
                return ConnectionMultiplexer.Connect(config);
            });
            services.AddSingleton<NodeDirectory>();
            services.AddHostedService<NodeHeartbeat>();
            services.AddDataProtection().SetApplicationName(options.KeyPrefix);
            services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((o, sp) => o.XmlRepository = new RedisXmlRepository(
                () => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), options.Key("data-protection")));
        }

        return services;
    }
}
