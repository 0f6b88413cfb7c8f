using System.Diagnostics;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.Bench;

/// <summary>
/// <c>--guidance [--managers N] [--events N] [--iterations N] [--shape regional] [--digest]</c>: issue 25's guidance
/// capture at national scale. The bank is the one <c>generate-seed --shape national --managers N</c> writes (built in memory with the generator's own
/// code and loaded by the seed loader), holding N events spread over the campaign up to mid-campaign. It times a full
/// guidance run cold (first ranking caches empty), then warm runs each after a small batch moved the aggregates'
/// version (what a board or /api/v1/guidance pays while events arrive). <c>--digest</c> prints a hash of the last
/// report, every figure and text (<see cref="ReportDigest"/>), to compare builds.
/// </summary>
internal static class GuidanceRun
{
    public static void Run(string[] args)
    {
        var (seed, files, count, iterations, shape) = GeneratedBank.FromArgs(args);
        var templates = GuidanceTemplatesFile.Parse(files[GuidanceTemplatesFile.Name], seed.Kpis, seed.Campaign);
        var campaign = seed.Campaign;
        var now = campaign.Start + ((campaign.End - campaign.Start) / 2) + TimeSpan.FromHours(7);
        using var aggregates = new KpiAggregates(seed.Org, seed.Kpis, campaign);
        var events = new SyntheticBatches(seed, 25);
        aggregates.Apply(events.Next(count, campaign.Start, now));
        var generator = new GuidanceGenerator(new Ranker(aggregates), templates);

        var watch = Stopwatch.StartNew();
        var report = generator.Generate(now);
        var cold = watch.Elapsed.TotalMilliseconds;
        var warm = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            aggregates.Apply(events.Next(100, now.AddMinutes(-30), now));
            watch.Restart();
            report = generator.Generate(now);
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        if (args.Contains("--digest"))
        {
            Console.WriteLine($"report digest (all items, figures and texts): {ReportDigest.Of(report)}");
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{shape} bank: {seed.Org.Count:N0} units ({string.Join(" / ", seed.Org.Levels.Select(l => $"{seed.Org.Units.Count(u => u.Level == l):N0} {l.Code}"))}), {count:N0} events, {report.Items.Count:N0} guidance items"));
        Console.WriteLine(FormattableString.Invariant(
            $"guidance run: cold {cold:F0} ms; warm after a 100-event batch ({iterations} runs) p50 {warm[warm.Count / 2]:F0} ms, max {warm[^1]:F0} ms"));
    }
}
