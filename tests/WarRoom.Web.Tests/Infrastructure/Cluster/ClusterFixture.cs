using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Infrastructure.Cluster;

/// <summary>
/// A whole cluster on loopback, shared by the tests of <see cref="ClusterCollection"/>: influxd, redis-server, two
/// WarRoom nodes (real processes, so one can be SIGKILLed) and nginx balancing between them. Where the programs are
/// missing the fixture stays idle (the tests skip) unless WARROOM_REQUIRE_INFRA=1.
/// </summary>
public sealed partial class ClusterFixture : IAsyncLifetime
{
    public const int Nodes = 2;

    private readonly string root = Directory.CreateTempSubdirectory("warroom-cluster-").FullName;
    private readonly string database = InfluxFixture.NewDatabase();
    private readonly int redisPort = WarRoomProcess.FreePort();
    private readonly int proxyPort = WarRoomProcess.FreePort();
    private readonly int[] ports = [.. Enumerable.Range(0, Nodes).Select(_ => WarRoomProcess.FreePort())];
    private readonly WarRoomProcess?[] nodes = new WarRoomProcess?[Nodes];
    private InfluxdProcess? influxd;
    private ChildProcess? redis;
    private ChildProcess? nginx;

    /// <summary>The load balancer in front of both nodes.</summary>
    public Uri Proxy => new($"http://127.0.0.1:{proxyPort}");

    public string Redis => $"127.0.0.1:{redisPort}";

    public static string NodeName(int index) => $"node-{(char)('a' + index)}";

    public WarRoomProcess Node(int index) => nodes[index] ?? throw new InvalidOperationException($"{NodeName(index)} is not running");

    public Uri Address(int index) => new($"http://127.0.0.1:{ports[index]}");

    /// <summary>The settings of one node: Influx store, the shared Redis, its own data directory, the shared snapshot file.</summary>
    public Dictionary<string, string?> Settings(int index)
    {
        var settings = WarRoomAppFactory.DefaultSettings(Path.Combine(root, NodeName(index)));
        settings["WarRoom:Store"] = "Influx";
        settings["WarRoom:Influx:Url"] = influxd?.Url;
        settings["WarRoom:Influx:Database"] = database;

        // Each node its own spool: the default (data/influx-spool.db under the working directory, the same build
        // folder for both) had a starting node drain the other node's spool, and a later run drain a killed run's.
        settings["WarRoom:Influx:SpoolPath"] = Path.Combine(root, NodeName(index), "influx-spool.db");
        settings["WarRoom:Cluster:Redis"] = Redis;
        settings["WarRoom:Cluster:NodeName"] = NodeName(index);
        settings["WarRoom:Snapshots:Path"] = Path.Combine(root, "snapshots.db");

        // Both nodes find the frozen Monday's 08:30 slot due at start: the lease decides which one takes it.
        settings["WarRoom:Snapshots:Weekly:Enabled"] = "true";
        settings["WarRoom:RateLimits:Ingest:Burst"] = "100000";
        settings["WarRoom:RateLimits:Ingest:PerSecond"] = "100000";
        return settings;
    }

    public async Task InitializeAsync()
    {
        if (ClusterInfra.SkipReason is not null)
        {
            return;
        }

        influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        var influxStarted = influxd.StartAsync();
        await StartRedisAsync();
        await influxStarted;
        for (var i = 0; i < Nodes; i++)
        {
            await StartAsync(i);
        }

        nginx = await ChildProcess.StartAsync(ClusterInfra.Require(ClusterInfra.Nginx, "nginx"),
            ["-p", root, "-c", NginxConfig.Write(root, proxyPort, ports), "-e", Path.Combine(root, "nginx-error.log")], proxyPort);
    }

    /// <summary>Starts (or restarts, on its old port and data directory) one node and waits for its /readyz.</summary>
    public async Task StartAsync(int index)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet", [WarRoomProcess.WebAssemblyPath(), "--urls", Address(index).ToString()])
        {
            WorkingDirectory = Path.GetDirectoryName(WarRoomProcess.WebAssemblyPath())!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        nodes[index] = await WarRoomProcess.StartAsync(info, Address(index), Settings(index), TimeSpan.FromSeconds(120));
    }

    /// <summary>InfluxDB goes away for both nodes (SIGKILL; what it acknowledged is in its WAL).</summary>
    public void StopInflux() => influxd!.Stop();

    /// <summary>InfluxDB back on its port and data.</summary>
    public Task StartInfluxAsync() => influxd!.StartAsync();

    /// <summary>
    /// Redis, InfluxDB and every node running again, whatever a test left down when it failed half-way: the tests of the
    /// collection share the cluster, and one failure must not fail the next ones.
    /// </summary>
    public async Task RestoreAsync()
    {
        if (influxd is null)
        {
            return;
        }

        await StartRedisAsync();
        await influxd.StartAsync();
        for (var i = 0; i < Nodes; i++)
        {
            if (nodes[i] is null)
            {
                await StartAsync(i);
            }
        }
    }

    /// <summary>SIGKILL, the way a crashed or unplugged node goes.</summary>
    public void Kill(int index)
    {
        Node(index).Kill();
        nodes[index] = null;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in nodes)
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        foreach (var child in new[] { nginx, redis })
        {
            if (child is not null)
            {
                await child.DisposeAsync();
            }
        }

        if (influxd is not null)
        {
            await influxd.DisposeAsync();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Leave it to the temp cleaner rather than fail a test run over a directory.
        }
    }
}
