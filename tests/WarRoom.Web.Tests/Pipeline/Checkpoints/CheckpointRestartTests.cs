using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Pipeline.Checkpoints;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Pipeline.Checkpoints;

/// <summary>
/// A start from a checkpoint plus the store's tail reads like a full rebuild from the store, figure by figure —
/// rankings at every level for every KPI and the composite (live and as of earlier instants), every unit's detail,
/// the counters, and the id ledger's duplicate answers — and a checkpoint that cannot be trusted is not used.
/// </summary>
public sealed class CheckpointRestartTests
{
    [Fact]
    public async Task Checkpoint_plus_the_stores_tail_equals_a_full_rebuild()
    {
        var directory = Directory.CreateTempSubdirectory("warroom-checkpoint-").FullName;
        var ids = new List<string>();
        string taken;
        await using (var first = WarRoomAppFactory.With(directory))
        {
            await first.WaitUntilReadyAsync();
            using var client = first.ClientWith(WarRoomAppFactory.IngestKey);
            ids.AddRange(await PostEventsAsync(first, client, "before", 3_000, seed: 1));
            taken = (await first.Services.GetRequiredService<CheckpointService>().TakeAsync(CancellationToken.None))!;
            Assert.True(File.Exists(taken));

            // Acknowledged after the checkpoint, and resends of ids it holds (answered as duplicates, not stored).
            ids.AddRange(await PostEventsAsync(first, client, "after", 2_000, seed: 2));
            var resent = await PostAsync(client, [.. ids.Take(100).Select(id => (JsonNode)Event(id))]);
            Assert.Equal(100, resent["duplicates"]!.GetValue<int>());
            File.Copy(taken, taken + ".kept");
        }

        // The graceful stop wrote a newer checkpoint; leave only the one taken mid-way, so the start needs the tail.
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(taken)!, "*.wrc"))
        {
            File.Delete(file);
        }

        File.Move(taken + ".kept", taken);
        var fromCheckpoint = await FiguresAsync(directory, checkpoints: true, ids);
        Assert.Equal(taken, fromCheckpoint.Loaded);
        var fullRebuild = await FiguresAsync(directory, checkpoints: false, ids);
        Assert.Null(fullRebuild.Loaded);
        Assert.Equal(fullRebuild.Lines.Count, fromCheckpoint.Lines.Count);
        for (var i = 0; i < fullRebuild.Lines.Count; i++)
        {
            Assert.Equal(fullRebuild.Lines[i], fromCheckpoint.Lines[i]);
        }
    }

    /// <summary>Events over every KPI of the seed (sum and latest), many units and days, some of them big deals.</summary>
    internal static async Task<List<string>> PostEventsAsync(WarRoomAppFactory app, HttpClient client, string prefix, int count, int seed)
    {
        var org = app.Services.GetRequiredService<OrgTree>();
        var kpis = app.Services.GetRequiredService<KpiCatalog>();
        var sendable = kpis.All.Where(k => k.Aggregation != KpiAggregation.Ratio).ToArray(); // a ratio takes no events of its own
        var r = new Random(seed);
        var ids = new List<string>();
        var events = new List<JsonNode>();
        for (var i = 0; i < count; i++)
        {
            var kpi = sendable[r.Next(sendable.Length)];
            var unit = org[r.Next(org.Count)];
            var time = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(r.Next(49 * 24 * 60));
            double value = kpi.Aggregation == KpiAggregation.Latest ? r.Next(0, 500) : r.Next(1, 20);
            value = r.Next(40) == 0 && kpi.BigDeal > 0 ? kpi.BigDeal : Math.Clamp(value, Math.Max(0, kpi.MinEvent), kpi.MaxEvent);
            var id = $"{prefix}-{i}";
            ids.Add(id);
            events.Add(Event(id, time.ToString("yyyy-MM-ddTHH:mm:sszzz"), unit.Code, kpi.Code, value));
        }

        foreach (var chunk in events.Chunk(1_000))
        {
            var answer = await PostAsync(client, chunk);
            Assert.True(answer["rejected"] is null || answer["rejected"]!.AsArray().Count == 0, answer.ToJsonString());
        }

        return ids;
    }

    internal static async Task<(List<string> Lines, string? Loaded)> FiguresAsync(string directory, bool checkpoints, List<string> ids)
    {
        await using var app = WarRoomAppFactory.With(directory, new Dictionary<string, string?> { ["WarRoom:Checkpoints:Enabled"] = checkpoints ? "true" : "false" });
        await app.WaitUntilReadyAsync();
        var loaded = app.Services.GetRequiredService<CheckpointLoader>().Loaded?.Path;
        var lines = Figures(app);

        // Every id is known once: all duplicates, nothing accepted.
        using var client = app.ClientWith(WarRoomAppFactory.IngestKey);
        foreach (var chunk in ids.Chunk(5_000))
        {
            var answer = await PostAsync(client, [.. chunk.Select(id => (JsonNode)Event(id))]);
            lines.Add($"accepted {answer["accepted"]} duplicates {answer["duplicates"]}");
        }

        return (lines, loaded);
    }

    private static List<string> Figures(WarRoomAppFactory app)
    {
        var ranker = app.Services.GetRequiredService<Ranker>();
        var org = app.Services.GetRequiredService<OrgTree>();
        var kpis = app.Services.GetRequiredService<KpiCatalog>();
        var aggregates = app.Services.GetRequiredService<Core.Aggregates.KpiAggregates>();
        var lines = new List<string> { aggregates.Counters.ToString() };
        var deals = app.Services.GetRequiredService<WarRoom.Web.Pipeline.LiveFeed>().Deals;
        foreach (var scope in org.Units.Where(u => u.Level <= OrgLevel.SubBranch))
        {
            lines.AddRange(deals.Latest(scope, [], 50).Select(d => $"deal in {scope.Code}: {d} {d.Manager} {d.SubBranch} {d.Branch}"));
        }

        string[] metrics = [RankingQuery.Composite, .. kpis.All.Select(k => k.Code)];
        DateTimeOffset[] asOf = [WarRoomAppFactory.Now.AddDays(-20).AddHours(3), WarRoomAppFactory.Now.AddDays(-3).AddMinutes(17)];
        foreach (var level in new[] { OrgLevel.Branch, OrgLevel.SubBranch, OrgLevel.Manager })
        {
            foreach (var metric in metrics)
            {
                foreach (var window in new[] { RankWindow.CampaignToDate, RankWindow.Today, RankWindow.ThisWeek })
                {
                    var query = new RankingQuery(level, metric, RankBasis.Completion, org.Root, window, Forecast: true);
                    lines.AddRange(ranker.Rank(query, WarRoomAppFactory.Now).Items.Select(i => $"{level} {metric} {window.Kind}: {i}"));
                    foreach (var at in asOf)
                    {
                        lines.AddRange(ranker.RankAsOf(query, at).Items.Select(i => $"as of {at:O} {level} {metric} {window.Kind}: {i}"));
                    }
                }
            }
        }

        foreach (var unit in org.Units)
        {
            lines.AddRange(ranker.Detail(unit, WarRoomAppFactory.Now).Kpis.Select(k => $"{unit.Code}: {k}"));
            lines.AddRange(ranker.DetailAsOf(unit, asOf[0]).Kpis.Select(k => $"{unit.Code} as of {asOf[0]:O}: {k}"));
        }

        return lines;
    }
}
