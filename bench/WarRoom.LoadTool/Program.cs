using System.Diagnostics;
using WarRoom.LoadTool;

// Live push under load: N hub clients on one board, big deals posted over HTTP at a steady rate, latency from each
// POST to dealAnnounced at every client, and the server's memory per connected client. See docs/benchmarks.md.
if (args.Contains("--help"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

var options = LoadOptions.Parse(args);
if (!File.Exists(options.ServerDll))
{
    Console.Error.WriteLine($"{options.ServerDll} not found.\n{LoadOptions.Usage}");
    return 1;
}

Console.WriteLine($"{options.Screens} screens, board {options.Board}, {options.DealsPerSecond} deals/s for {options.Duration.TotalSeconds} s, push interval {options.PushInterval ?? "default (250 ms)"}, screen updates/s per group {options.ScreenUpdatesPerSecond ?? "default (5000)"}, {Environment.ProcessorCount} cores");
Console.WriteLine(Report.Header);
foreach (var count in options.Clients)
{
    var loadBefore = Report.LoadAverage();
    await using var server = await ServerUnderTest.StartAsync(options);
    var before = await server.MemoryAsync();

    var connecting = Stopwatch.StartNew();
    await using IScreenFleet fleet = options.Screens == "interactive"
        ? await CircuitFleet.ConnectAsync(server.Address, options.Board, ServerUnderTest.Leader, count, options.ConnectConcurrency)
        : new StaticScreens(await ClientFleet.ConnectAsync(new Uri(server.Address, "/hubs/warroom"), ServerUnderTest.KioskToken, options.Board, count, options.ConnectConcurrency));
    connecting.Stop();
    await Task.Delay(TimeSpan.FromSeconds(5)); // the complete resyncs after subscribing, then quiet
    var after = await server.MemoryAsync();

    using var ingest = server.Client(ServerUnderTest.IngestKey);
    using var reader = server.Client(ServerUnderTest.ReaderToken);
    var metricsBefore = await ServerMetrics.ScrapeAsync(reader);
    var updatesBefore = fleet.BoardUpdates;
    var poster = new DealPoster(ingest, Guid.NewGuid().ToString("N")[..6]);
    var cpuBefore = server.CpuTime;
    var toolCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var measuring = Stopwatch.StartNew();
    await poster.PostAsync(options.DealsPerSecond, options.Duration);
    await Task.Delay(TimeSpan.FromSeconds(5)); // late arrivals
    var end = await server.MemoryAsync(); // after the deal traffic has been through some collections: the steady state
    var cpu = (server.CpuTime - cpuBefore).TotalSeconds / measuring.Elapsed.TotalSeconds;
    var toolCpu = (Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore).TotalSeconds / measuring.Elapsed.TotalSeconds;
    var serverView = ServerMetrics.Between(metricsBefore, await ServerMetrics.ScrapeAsync(reader));
    var updatesAfter = fleet.BoardUpdates;
    var updates = updatesAfter.Messages - updatesBefore.Messages;
    var updateKb = updates == 0 ? 0 : (updatesAfter.Bytes - updatesBefore.Bytes) / 1024.0 / updates;

    var result = Report.From(
        count, connecting.Elapsed, before, after, end, poster, fleet, updates / (double)count / measuring.Elapsed.TotalSeconds, updateKb,
        cpu, toolCpu, serverView, loadBefore, Report.LoadAverage());
    Console.WriteLine(result);
    Console.WriteLine(Report.CpuPerUpdate(server.CpuTime - cpuBefore, updates, fleet is StaticScreens ? Report.Deliveries(poster, fleet) : 0));
    Console.WriteLine(Report.HeapParts(before, after, end));
    Console.WriteLine(Report.AfterFullCollection(count, before, await server.MemoryAfterFullCollectionAsync()));
}

return 0;
