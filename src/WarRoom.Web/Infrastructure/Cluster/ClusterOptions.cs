using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Infrastructure.Cluster;

/// <summary>
/// <c>WarRoom:Cluster</c>: empty <see cref="Redis"/> is one node and nothing changes; set, the node joins the
/// cluster that shares that Redis (decision 0018).
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "WarRoom:Cluster";

    /// <summary>A StackExchange.Redis configuration string (<c>redis:6379</c>, <c>host:port,password=…</c>).</summary>
    public string? Redis { get; set; }

    /// <summary>This node's name, unique in the cluster; default host name and port.</summary>
    public string? NodeName { get; set; }

    /// <summary>Prefix of every Redis key and channel, so that several clusters (or test runs) can share one Redis.</summary>
    [RegularExpression("^[A-Za-z0-9_.-]{1,40}$")]
    public string KeyPrefix { get; set; } = "warroom";

    /// <summary>
    /// How long an event id stays claimed cluster-wide after a node took it: longer than any resend of the same id
    /// that could reach another node before the stream brought the id there (default two minutes).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a request waits for another node to finish writing an id it sent as well, before 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ClaimWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A node not heard of for this long is dead: its claims and its lease are taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NodeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Batches the shared stream keeps (approximately); a node that starts rebuilds from the store anyway.</summary>
    [Range(1000, 100_000_000)]
    public int StreamLength { get; set; } = 1_000_000;

    public bool Enabled => !string.IsNullOrWhiteSpace(Redis);

    public string Node => NodeName ?? Environment.MachineName;

    /// <summary>Host name and the first listening port (<c>--urls</c>/<c>ASPNETCORE_URLS</c>), so that two nodes on one machine differ.</summary>
    public static string DefaultNodeName(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var port = first is not null && Uri.TryCreate(first.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : 5080;
        return $"{Environment.MachineName}-{port}";
    }

    public string Key(string name) => $"{KeyPrefix}:{name}";
}
