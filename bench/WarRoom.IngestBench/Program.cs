using WarRoom.IngestBench;

// End-to-end figures of WarRoom over HTTP (docs/benchmarks.md): ingest throughput on SQLite and InfluxDB against
// a bare line-protocol reference, the start-up rebuild, and ranking latency against InfluxQL.
// Usage: dotnet run -c Release --project bench/WarRoom.IngestBench -- ingest|lines|rebuild|ranking|memory [--name value ...]
var bench = new BenchArgs(args);
AppSettings.PerfMap = bench.Flag("--perf-map");
var work = Directory.CreateTempSubdirectory("warroom-ingestbench-").FullName;
try
{
    switch (bench.Mode)
    {
        case "ingest":
            await IngestRun.RunAsync(bench, work);
            break;
        case "rebuild":
            await RebuildRun.RunAsync(bench, work);
            break;
        case "ranking":
            await RankingRun.RunAsync(bench, work);
            break;
        case "lines":
            await LinesRun.RunAsync(bench, work);
            break;
        case "stages":
            await StagesRun.RunAsync(bench, work);
            break;
        case "memory":
            await MemoryRun.RunAsync(bench, work);
            break;
        default:
            Console.Error.WriteLine($"unknown mode '{bench.Mode}': ingest, lines, stages, rebuild, ranking or memory");
            return 2;
    }
}
finally
{
    if (!bench.Flag("--keep"))
    {
        Directory.Delete(work, recursive: true);
    }
}

return 0;
