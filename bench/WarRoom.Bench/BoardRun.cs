using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Events;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.SeedGeneration;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Guidance.FollowUp;
using WarRoom.Web.Pipeline;
using WarRoom.Web.Pipeline.Deals;
using WarRoom.Web.Storage;

namespace WarRoom.Bench;

/// <summary>
/// <c>--board [--managers N] [--events N] [--iterations N] [--shape regional]</c>: issue 25's "a board payload built
/// ≤ 20 ms". The bank and events are <see cref="GuidanceRun"/>'s; each shipped board (dashboards/) is built whole by
/// the host's own <see cref="BoardPayloadBuilder"/> — every frame and widget, guidance panels from the host's
/// <see cref="GuidanceCache"/> — cold, then warm after each 100-event batch with the last guidance report older
/// than a screen may show (so the build also starts the background guidance run it then does not wait for; the
/// time that run took is printed too).
/// </summary>
internal static class BoardRun
{
    public static async Task RunAsync(string[] args)
    {
        var (seed, files, count, iterations, shape) = GeneratedBank.FromArgs(args);
        var campaign = seed.Campaign;
        var clock = new BenchClock(campaign.Start + ((campaign.End - campaign.Start) / 2) + TimeSpan.FromHours(7));
        var now = clock.GetUtcNow();
        using var aggregates = new KpiAggregates(seed.Org, seed.Kpis, campaign, seed.Dimensions);
        var events = new SyntheticBatches(seed, 25);
        aggregates.Apply(events.Next(count, campaign.Start, now));

        var work = Directory.CreateTempSubdirectory("warroom-board-bench-");
        try
        {
            var ranker = new Ranker(aggregates);
            var generator = new GuidanceGenerator(ranker, GuidanceTemplatesFile.Parse(files[GuidanceTemplatesFile.Name], seed.Kpis, campaign));
            var guidance = new GuidanceCache(generator, aggregates, clock, new FollowUpBook(new FollowUpStore(Path.Combine(work.FullName, "follow-up.db"))), seed.Org, NullLogger<GuidanceCache>.Instance);
            var feed = new LiveFeed(seed.Org, seed.Kpis, campaign, Options.Create(new DealOptions()), NullLogger<LiveFeed>.Instance);
            var stamps = new BoardStamps(aggregates, feed, Options.Create(new BoardRefreshOptions()), guidance);
            // Daily trends come from the aggregates; the shipped boards ask for no hourly one, so the store is never read.
            var trends = new TrendCache(aggregates, campaign, new Web.Features.Trends.UnitTrend(aggregates, campaign, NoStore.Instance), stamps);
            var builder = new BoardPayloadBuilder(seed.Org, seed.Kpis, campaign, ranker, trends, feed, guidance, clock, seed.Dimensions);
            Console.WriteLine(FormattableString.Invariant($"{shape} bank: {seed.Org.Count:N0} units, {count:N0} events"));
            foreach (var board in ShippedBoards(seed))
            {
                await Measure(board, builder, guidance, aggregates, events, clock, iterations);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task Measure(BoardDefinition board, BoardPayloadBuilder builder, GuidanceCache guidance, KpiAggregates aggregates, SyntheticBatches events, BenchClock clock, int iterations)
    {
        var now = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var payload = await builder.BuildAsync(board);
        var cold = watch.Elapsed.TotalMilliseconds;
        var readsGuidance = board.Pages.Any(p => p.Widgets.Any(w => w is GuidancePanelWidget or FollowUpWidget));
        var builds = new List<double>();
        var runs = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            aggregates.Apply(events.Next(100, now.AddMinutes(-30), now));
            clock.Advance(GuidanceCache.ScreenMaxAge);
            var generation = guidance.Generation;
            watch.Restart();
            payload = await builder.BuildAsync(board);
            builds.Add(watch.Elapsed.TotalMilliseconds);
            // The background run the build started: wait for it, so each build starts from a report of the last version.
            while (readsGuidance && guidance.Generation == generation)
            {
                await Task.Delay(1);
            }

            runs.Add(watch.Elapsed.TotalMilliseconds);
        }

        builds.Sort();
        runs.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"board {board.Id}: {payload.Frames.Count} frames; cold {cold:F0} ms; warm after a 100-event batch ({iterations} builds) p50 {builds[builds.Count / 2]:F1} ms, max {builds[^1]:F1} ms{(readsGuidance ? FormattableString.Invariant($"; background guidance run p50 {runs[runs.Count / 2]:F0} ms") : "")}"));
    }

    private static IEnumerable<BoardDefinition> ShippedBoards(SeedData seed)
    {
        var folder = Path.Combine(RepoRoot(), "dashboards");
        var vocabulary = BoardVocabulary.From(seed);
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var loaded = BoardLoader.LoadFile(path, Path.GetFileName(path), vocabulary);
            if (loaded.IsValid)
            {
                yield return loaded.Board!;
            }
            else
            {
                Console.WriteLine($"board {Path.GetFileName(path)} skipped on this bank: {string.Join("; ", loaded.Errors.Select(e => e.ToString()))}");
            }
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

        throw new InvalidOperationException("WarRoom.sln not found upward from " + AppContext.BaseDirectory);
    }
}
