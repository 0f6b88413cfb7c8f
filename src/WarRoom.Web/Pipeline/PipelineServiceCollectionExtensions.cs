using Microsoft.Extensions.Options;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Cluster;
using WarRoom.Web.Pipeline.Checkpoints;
using WarRoom.Web.Pipeline.Cluster;
using WarRoom.Web.Storage.Influx;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// The event backbone: the bounded queue and its group-commit writer, the id ledger, the rebuild from the store
    /// at start, and what follows the stored events — the in-memory aggregates, then the live feed (batch count,
    /// deal detection). Needs the store (<c>AddWarRoomStorage</c>) and the seed data; the order of the calls in
    /// Program.cs does not matter.
    /// </summary>
    public static IServiceCollection AddWarRoomPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DealOptions>().Bind(configuration.GetSection(DealOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<IngestOptions>>().Value;
            var ledger = new IdLedger(sp.GetRequiredService<TimeProvider>(), o.ResendWindow, o.RecentIds);
            ledger.EnsureCapacity(o.ExpectedEvents);
            return ledger;
        });
        services.AddSingleton(sp => new TotalsBudget(sp.GetRequiredService<KpiCatalog>()));
        services.AddSingleton(sp => new KpiAggregates(
            sp.GetRequiredService<OrgTree>(), sp.GetRequiredService<KpiCatalog>(), sp.GetRequiredService<Campaign>(), sp.GetRequiredService<DimensionCatalog>()));
        services.AddSingleton<AggregatesFeed>();
        services.AddSingleton<LiveFeed>();

        // Aggregates first: the live feed counts a batch as pushed-worthy only once rankings can show it.
        services.AddSingleton(sp => new EventObservers(
            sp.GetRequiredService<AggregatesFeed>(),
            sp.GetRequiredService<LiveFeed>()));

        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        services.AddHostedService<StoreRebuildService>();
        services.AddWarRoomCheckpoints(configuration);

        // A cluster node (WarRoom:Cluster:Redis, decision 0018): ids claimed cluster-wide, numbers from shared
        // blocks, durable batches on the shared stream (again when the InfluxDB spool drains them) and other
        // nodes' batches applied from it.
        if (configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() is { Enabled: true })
        {
            services.AddSingleton<ClusterIds>();
            services.AddSingleton<EventStream>();
            services.AddSingleton<ISpoolDrainListener, SpoolRepublisher>();
            services.AddSingleton<SeqBlocks>();
            services.AddSingleton<StreamFollower>();
            services.AddHostedService(sp => sp.GetRequiredService<StreamFollower>());
        }

        return services;
    }
}
