using Microsoft.Extensions.Options;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.History;
using WarRoom.Core.Ranking;
using WarRoom.Core.Seed;
using WarRoom.Core.Simulation;

namespace WarRoom.Web.Features.History;

/// <summary>
/// Loads the seed's previous campaign (the latest under seed-data/history/ that starts before this one) once, after
/// start, into aggregates of its own — so none of its events can count toward this campaign — and hands it to the
/// ranker for 同比. Its events are the bank's imported history (<see cref="HistoryFiles"/>) or, when none was
/// imported, a generated sample (same seed, same events on every start). The server is ready once it is loaded.
/// </summary>
public sealed class LastYearLoader(
    SeedData seed, Ranker ranker, IOptions<HistoryOptions> options, IOptions<Infrastructure.WarRoomOptions> warRoom,
    IHostEnvironment host, Infrastructure.Health.ReadinessState readiness, ILogger<LastYearLoader> logger) : BackgroundService
{
    /// <summary>/readyz waits for it, so that no answer carries 同比 on one read and not on the next.</summary>
    public const string Milestone = "last year's campaign";

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Expect(Milestone);
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            Load(stoppingToken);
            readiness.Reached(Milestone);
        },
        stoppingToken);

    /// <summary>The seed's past campaigns, latest first (seed-data/history/&lt;id&gt;/).</summary>
    public static IEnumerable<Campaign> PastCampaigns(string seedFolder, SeedData seed)
    {
        var root = Path.Combine(seedFolder, "history");
        return !Directory.Exists(root) ? []
            : Directory.GetDirectories(root).Order(StringComparer.Ordinal)
                .Select(dir => SeedLoader.LoadPast(new Infrastructure.Seed.FileSeedSource(dir), seed))
                .OrderByDescending(c => c.Start);
    }

    private void Load(CancellationToken stop)
    {
        var seedFolder = Infrastructure.RepositoryPaths.Resolve(warRoom.Value.SeedData, "seed-data", "WarRoom:SeedData");
        var past = PastCampaigns(seedFolder, seed).FirstOrDefault();
        if (past is null)
        {
            logger.LogInformation("No past campaign in the seed data: figures carry no 同比");
            return;
        }

        var o = options.Value;
        var folder = Path.IsPathRooted(o.Folder) ? o.Folder : Path.Combine(host.ContentRootPath, o.Folder);
        var (imported, files) = HistoryFiles.ReadAll(folder, seed, past);
        if (files == 0 && o.GeneratedPerWorkingDay == 0)
        {
            logger.LogInformation("No history imported for {Campaign} and no sample asked for: figures carry no 同比", past.Name);
            return;
        }

        var events = files > 0 ? imported : [.. CampaignHistory.Generate(seed.Org, past, past.Start.Year, o.GeneratedPerWorkingDay, $"{past.Id}-")];
        var aggregates = new KpiAggregates(seed.Org, seed.Kpis, past, keepJournal: false);

        // One replay: scored once at its end, not once per day of the campaign for every unit (a daily average).
        aggregates.BeginReplay();
        for (var i = 0; i < events.Count && !stop.IsCancellationRequested; i += 100_000)
        {
            aggregates.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events).Slice(i, Math.Min(100_000, events.Count - i)));
        }

        aggregates.EndReplay();

        ranker.LastYear = new PastCampaign(aggregates, seed.Campaign);
        logger.LogInformation("Last year's campaign {Campaign}: {Events} events ({Source})", past.Name, events.Count,
            files > 0 ? $"{files} imported file(s) in {folder}" : "generated sample");
    }
}
