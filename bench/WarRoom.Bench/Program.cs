using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WarRoom.Bench;

// `--asof` measures issue 22's as-of and forecast budgets; `--backtest` writes the forecast backtest (docs/forecast-backtest.md); `--breakdown` times breakdowns by dimension; `--guidance` times a guidance run on a national bank (issue 25); `--board` builds the shipped boards' payloads on it; `--latency` runs the Stopwatch loop under concurrent ingest; anything else goes to BenchmarkDotNet with a short,
// in-process job so that the suite finishes in minutes on a shared 2-core machine.
if (args.Contains("--asof"))
{
    AsOfRun.Run(args);
    return;
}

if (args.Contains("--backtest"))
{
    Backtest.Run(args);
    return;
}

if (args.Contains("--breakdown"))
{
    BreakdownRun.Run(args);
    return;
}

if (args.Contains("--board"))
{
    await BoardRun.RunAsync(args);
    return;
}

if (args.Contains("--guidance"))
{
    GuidanceRun.Run(args);
    return;
}

if (args.Contains("--latency"))
{
    LatencyRun.Run(args);
    return;
}

var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(RankingBenchmarks).Assembly).Run(args, config);
