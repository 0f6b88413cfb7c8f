using System.Globalization;
using System.Text;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Core.Simulation;

namespace WarRoom.Bench;

/// <summary>
/// <c>--backtest [--per-day N] [--seed N] [--out FILE]</c>: the run-rate forecast against the seed bank's simulated
/// campaign. Plays the whole campaign into the aggregates, then for every unit and campaign KPI with a target
/// compares the forecast made at the start of campaign day 30 and day 60 with the completion actually reached at the
/// end: mean absolute error in percentage points, and how often the end fell inside the 80 % band.
/// </summary>
internal static class Backtest
{
    public static void Run(string[] args)
    {
        var perDay = BenchArgs.Int(args, "--per-day", 40_000);
        var seed = BenchArgs.Int(args, "--seed", 20270101);
        var folder = Path.Combine(RepoRoot(), "seed-data");
        var data = SeedLoader.Load(new InMemorySeedSource(Directory.GetFiles(folder)
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText)));
        var campaign = data.Campaign;
        using var aggregates = new KpiAggregates(data.Org, data.Kpis, campaign);
        var events = CampaignHistory.Generate(data.Org, campaign, seed, perDay, "bt-").ToArray();
        aggregates.Apply(events);
        var ranker = new Ranker(aggregates);
        var end = campaign.End.AddTicks(1);
        var report = new StringBuilder()
            .AppendLine("# Forecast backtest")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Written by `dotnet bench/WarRoom.Bench/bin/Release/net10.0/WarRoom.Bench.dll --backtest --per-day {perDay} --seed {seed} --out docs/forecast-backtest.md`")
            .AppendLine(CultureInfo.InvariantCulture, $"on {DateTime.UtcNow:yyyy-MM-dd}: the seed bank ({data.Org.Count:N0} units) and `{campaign.Name}`, {events.Length:N0} simulated events")
            .AppendLine("(the simulator's traffic over the whole campaign, `CampaignHistory`). Method: docs/forecast.md.")
            .AppendLine()
            .AppendLine("| forecast made | level | unit × KPI pairs | mean absolute error (points of completion) | end inside the 80 % band |")
            .AppendLine("| --- | --- | --- | --- | --- |");
        // The band by KPI kind as well: a flow, a balance and a level (ratio, daily average) are banded differently.
        var byKind = new SortedDictionary<(int Day, string Kind), (int Pairs, int Inside)>();
        foreach (var day in new[] { 30, 60 })
        {
            var at = campaign.StartOfDay(campaign.DayAt(day));
            foreach (var level in new[] { OrgLevel.Hq, OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager })
            {
                var (pairs, error, inside) = (0, 0.0, 0);
                foreach (var unit in data.Org.Units.Where(u => u.Level == level))
                {
                    var before = ranker.Detail(unit, at).Kpis;
                    var after = ranker.Detail(unit, end).Kpis;
                    for (var k = 0; k < before.Count; k++)
                    {
                        if (before[k].Forecast is { } f && after[k].Completion is { } actual)
                        {
                            pairs++;
                            error += Math.Abs(f.Completion - actual);
                            var hit = actual >= f.Low && actual <= f.High ? 1 : 0;
                            inside += hit;
                            var kind = (day, data.Kpis[k].Aggregation.ToString());
                            var (kp, ki) = byKind.GetValueOrDefault(kind);
                            byKind[kind] = (kp + 1, ki + hit);
                        }
                    }
                }

                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| day {day} ({campaign.DayAt(day):yyyy-MM-dd}) | {level} | {pairs:N0} | {100 * error / Math.Max(pairs, 1):0.00} | {100.0 * inside / Math.Max(pairs, 1):0.0} % |");
            }
        }

        report.AppendLine().AppendLine("| forecast made | KPI kind | unit × KPI pairs (every level) | end inside the 80 % band |").AppendLine("| --- | --- | --- | --- |");
        foreach (var ((day, kind), (pairs, inside)) in byKind)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| day {day} | {kind} | {pairs:N0} | {100.0 * inside / pairs:0.0} % |");
        }

        var text = report.ToString();
        Console.Write(text);
        if (BenchArgs.Text(args, "--out") is { } path)
        {
            File.WriteAllText(path, text);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WarRoom.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
