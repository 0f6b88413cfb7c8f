using WarRoom.IngestBench;
using WarRoom.Soak;

// The soak of docs/benchmarks.md: steady ingest with readers for up to an hour, the app's resident memory sampled
// every 30 s, to show that memory levels off once the id ledger is sized instead of growing with every event.
// Usage: nice dotnet run -c Release --project bench/WarRoom.Soak -- [--minutes 60] [--events 1800000] [--rate 500]
//        [--batch 500] [--readers 4] [--sample-seconds 30]
var soak = new BenchArgs(args);
var work = Directory.CreateTempSubdirectory("warroom-soak-").FullName;
try
{
    var plan = SoakPlan.From(soak);
    var result = await SoakRun.RunAsync(plan, work);
    Console.WriteLine(SoakReport.Describe(plan, result));
    return result.Failures == 0 ? 0 : 1;
}
finally
{
    if (!soak.Flag("--keep"))
    {
        Directory.Delete(work, recursive: true);
    }
}
