using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>
/// Finds redis-server, nginx and influxd and decides whether the cluster tests skip: they skip where one is missing,
/// unless WARROOM_REQUIRE_INFRA=1 (CI), where they run and fail loudly instead.
/// </summary>
internal static class ClusterInfra
{
    public static readonly string? Redis = Find("redis-server");

    public static readonly string? Nginx = Find("nginx");

    public static string? SkipReason =>
        InfluxdLocator.Required || (Redis is not null && Nginx is not null && InfluxdLocator.Path is not null)
            ? null
            : "the cluster tests need redis-server, nginx and influxd (Debian packages redis-server, nginx-light, influxdb; WARROOM_REQUIRE_INFRA=1 makes this a failure)";

    public static string Require(string? path, string name) =>
        path ?? throw new InvalidOperationException($"{name} is not installed but WARROOM_REQUIRE_INFRA=1 requires the cluster tests to run");

    // nginx lives in /usr/sbin, which is not on every user's PATH.
    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/sbin").Append("/usr/local/sbin")
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs the cluster's infrastructure (redis-server, nginx, influxd).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (ClusterInfra.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
