using System.Diagnostics;
using System.Globalization;
using WarRoom.ClusterBench;
using WarRoom.LoadTool;

// Cluster figures (docs/benchmarks.md): POST → dealAnnounced across two nodes with N screens on each; ingest
// events/s into one plain node, one cluster node and two cluster nodes; what Redis adds per event.
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var screens = Number("--screens", 2500);
var seconds = Number("--seconds", 30);
var rate = Number("--rate", 2);
var events = Number("--events", 200_000);
var phases = (Value("--phases") ?? "latency,ingest").Split(',');

// Both nodes run on this one host, so each gets half of the host's board-update budget (WarRoom:Live:
// ScreenUpdatesPerSecond, 5,000 for one node of 5,000 screens): an operator running two nodes on one machine sets
// the same. On two machines each node keeps the default.
var screenUpdates = Number("--screen-updates", 2500);
var dll = Value("--server-dll") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/WarRoom.Web/bin/Release/net10.0/WarRoom.Web.dll"));
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} not found: dotnet build -c Release WarRoom.sln (or --server-dll <path>)");
    return 1;
}

Console.WriteLine($"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg")[..14]}");
await using var infra = await Infra.StartAsync();
foreach (var pair in args.Select((a, i) => (a, i)).Where(x => x.a == "--node-env").Select(x => args[x.i + 1].Split('=', 2)))
{
    infra.NodeEnvironment[pair[0]] = pair[1];
    Console.WriteLine($"nodes run with {pair[0]}={pair[1]}");
}


if (phases.Contains("latency"))
{
    // Node A back-fills the campaign so far (the boards have figures), node B rebuilds it from InfluxDB.
    var (nodeA, a) = await infra.StartNodeAsync(dll, "lat", "lat", "node-a", 1000, screenUpdates);
    var (nodeB, b) = await infra.StartNodeAsync(dll, "lat", "lat", "node-b", 0, screenUpdates);
    await using var onA = await ClientFleet.ConnectAsync(new Uri(a, "/hubs/warroom"), Infra.KioskToken, "hq", screens, 32);
    await using var onB = await ClientFleet.ConnectAsync(new Uri(b, "/hubs/warroom"), Infra.KioskToken, "hq", screens, 32);
    await Task.Delay(TimeSpan.FromSeconds(Number("--settle", 5)));
    using var ingest = Infra.Client(a, Infra.IngestKey);
    var poster = new DealPoster(ingest, Guid.NewGuid().ToString("N")[..6]);
    var cost = ProcessCost.Start(("node A", nodeA), ("node B", nodeB), ("redis-server", infra.Redis), ("influxd", infra.Influxd));
    var gauges = NodeGauges.Start(("node A", a), ("node B", b));
    await poster.PostAsync(rate, TimeSpan.FromSeconds(seconds));
    await Task.Delay(TimeSpan.FromSeconds(5));
    var spent = await cost.StopAsync();
    var nodeView = await gauges.StopAsync();
    Console.WriteLine($"POST to node A → dealAnnounced, {screens:N0} screens on each node, {rate} deals/s for {seconds} s ({poster.Sent.Count} deals, {poster.Failed} failed), board updates ≤ {screenUpdates:N0} screens/s per node:");
    Console.WriteLine(Latency.Line("screens on node A (same node)", poster, onA, screens));
    Console.WriteLine(Latency.Line("screens on node B (across nodes)", poster, onB, screens));
    Console.WriteLine(Latency.Updates(onA, onB, TimeSpan.FromSeconds(seconds + 10)));
    Console.WriteLine(spent);
    Console.WriteLine(nodeView);
    if (args.Contains("--per-deal"))
    {
        Console.WriteLine(string.Join(Environment.NewLine, Latency.PerDeal(poster, onA, onB)));
        Console.WriteLine("  CPU % per second since the first POST: bench, node A, node B, redis-server, influxd; threads of each child");
        Console.WriteLine(string.Join(Environment.NewLine, cost.Seconds));
    }

    Console.WriteLine($"load after: {File.ReadAllText("/proc/loadavg")[..14]}");
    await infra.StopNodesAsync();
}

if (phases.Contains("ingest"))
{
    Console.WriteLine($"Ingest of {events:N0} events (batches of 1,000, 8 senders), InfluxDB store:");
    Console.WriteLine("| nodes | events/s | node CPU µs/event | redis-server µs/event | influxd µs/event | load before → after |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
    foreach (var (label, prefix, count) in new[] { ("1, no Redis", (string?)null, 1), ("1 in cluster mode", "ing1", 1), ("2 in cluster mode", "ing2", 2) })
    {
        var database = "ing" + Guid.NewGuid().ToString("N")[..8];
        var nodes = new List<(Child Process, Uri Address)>();
        for (var i = 0; i < count; i++)
        {
            nodes.Add(await infra.StartNodeAsync(dll, database, prefix is null ? null : prefix + database, $"node-{i}", 0));
        }

        Console.WriteLine(await IngestRound.RunAsync(label, infra, nodes, events, database));
        await infra.StopNodesAsync();
    }
}

return 0;
