namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>
/// Run alone, after the parallel collections: the cluster tests time failover and convergence on a machine whose
/// two cores would otherwise be busy with the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
