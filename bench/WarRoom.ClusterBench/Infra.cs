using System.Globalization;
using System.Net.Http.Headers;

namespace WarRoom.ClusterBench;

/// <summary>
/// influxd and redis-server for the whole run, and WarRoom nodes started on them: each configuration gets its own
/// InfluxDB database and Redis key prefix, so rounds never see each other's events.
/// </summary>
internal sealed class Infra : IAsyncDisposable
{
    public const string IngestKey = "cluster-ingest-key-0123456789";
    public const string KioskToken = "cluster-kiosk-token-0123456789";
    public const string ReaderToken = "cluster-reader-token-0123456789";
    public static readonly DateTimeOffset Now = new(2027, 2, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly string root = Directory.CreateTempSubdirectory("warroom-clusterbench-").FullName;
    private readonly List<Child> nodes = [];
    private Child? influxd;

    public int InfluxPort { get; } = Child.FreePort();

    public int RedisPort { get; } = Child.FreePort();

    public Child Redis { get; private set; } = null!;

    public Child Influxd => influxd!;

    /// <summary>Extra environment for every node (<c>--node-env DOTNET_GCgen0size=0x4000000</c>): runtime settings A/B.</summary>
    public Dictionary<string, string> NodeEnvironment { get; } = [];

    public static async Task<Infra> StartAsync()
    {
        var infra = new Infra();
        var config = Path.Combine(infra.root, "influxd.conf");
        File.WriteAllText(config, $"""
            reporting-disabled = true
            bind-address = "127.0.0.1:{Child.FreePort()}"
            [meta]
              dir = "{infra.root}/meta"
            [data]
              dir = "{infra.root}/data"
              wal-dir = "{infra.root}/wal"
              query-log-enabled = false
            [monitor]
              store-enabled = false
            [http]
              bind-address = "127.0.0.1:{infra.InfluxPort}"
              log-enabled = false
            [logging]
              level = "warn"
            """);
        infra.influxd = Child.Start("influxd", ["run", "-config", config]);
        infra.Redis = Child.Start("redis-server", ["--port", infra.RedisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
        await infra.Redis.WaitForPortAsync(infra.RedisPort);
        await infra.influxd.WaitForHttpAsync(new Uri($"http://127.0.0.1:{infra.InfluxPort}/ping"), TimeSpan.FromSeconds(30));
        return infra;
    }

    /// <summary>A WarRoom node on the Influx store; in cluster <paramref name="prefix"/> when one is given.</summary>
    public async Task<(Child Process, Uri Address)> StartNodeAsync(string dll, string database, string? prefix, string name, int backfillPerWorkingDay, int? screenUpdatesPerSecond = null)
    {
        var address = new Uri($"http://127.0.0.1:{Child.FreePort()}");
        var folder = Path.Combine(root, name + "-" + database);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["WarRoom__Store"] = "Influx",
            ["WarRoom__Influx__Url"] = $"http://127.0.0.1:{InfluxPort}",
            ["WarRoom__Influx__Database"] = database,
            ["WarRoom__DataDirectory"] = folder,
            ["WarRoom__Clock__Now"] = Now.ToString("O", CultureInfo.InvariantCulture),
            ["WarRoom__Simulator__Enabled"] = backfillPerWorkingDay > 0 ? "true" : "false",
            ["WarRoom__Simulator__EventsPerSecond"] = "0.1",
            ["WarRoom__Snapshots__Weekly__Enabled"] = "false",
            ["WarRoom__RateLimits__Ingest__Burst"] = "1000000",
            ["WarRoom__RateLimits__Ingest__PerSecond"] = "1000000",
            ["WarRoom__Auth__IngestKeys__load"] = IngestKey,
            ["WarRoom__Auth__Tokens__screen__Token"] = KioskToken,
            ["WarRoom__Auth__Tokens__screen__Role"] = "kiosk",
            ["WarRoom__Auth__Tokens__screen__Scope"] = "HQ",
            ["WarRoom__Auth__Tokens__reader__Token"] = ReaderToken,
            ["WarRoom__Auth__Tokens__reader__Role"] = "reader",
            ["WarRoom__Auth__Tokens__reader__Scope"] = "HQ",
        };
        if (backfillPerWorkingDay > 0)
        {
            settings["WarRoom__Simulator__BackfillEventsPerWorkingDay"] = backfillPerWorkingDay.ToString(CultureInfo.InvariantCulture);
        }

        if (screenUpdatesPerSecond is { } budget)
        {
            settings["WarRoom__Live__ScreenUpdatesPerSecond"] = budget.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in NodeEnvironment)
        {
            settings[key] = value;
        }

        if (prefix is not null)
        {
            settings["WarRoom__Cluster__Redis"] = $"127.0.0.1:{RedisPort}";
            settings["WarRoom__Cluster__NodeName"] = name;
            settings["WarRoom__Cluster__KeyPrefix"] = prefix;
        }

        var node = Child.Start("dotnet", [dll, "--urls", address.ToString()], settings, Path.GetDirectoryName(dll));
        nodes.Add(node);
        await node.WaitForHttpAsync(new Uri(address, "/readyz"), TimeSpan.FromMinutes(5));
        return (node, address);
    }

    public static HttpClient Client(Uri address, string token) => new()
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(120),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public async Task StopNodesAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        nodes.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopNodesAsync();
        await Redis.DisposeAsync();
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
            // the temp cleaner's job
        }
    }
}
