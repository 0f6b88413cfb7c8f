using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Features.History;
using WarRoom.Web.Infrastructure;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.History;

/// <summary>
/// A bank's own history of last year's campaign: imported with <c>import-history</c> (rows checked against that
/// campaign, duplicates and strays refused), then 同比 on unit KPIs and ranking rows at the same working day —
/// and none of it in this campaign's figures.
/// </summary>
public sealed class LastYearApiTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("warroom-history-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Imported_history_gives_last_years_completion_at_the_same_working_day_and_never_counts_now()
    {
        var (seed, folder) = (PastSeed.Write(root), Path.Combine(root, "history"));
        var file = Path.Combine(root, "crm-2026.csv");
        File.WriteAllText(file, """
            id,time,unit,kpi,value
            h-1,2026-01-06T10:00:00+08:00,M00001,deposit_new,120
            h-2,2026-02-10T15:30:00+08:00,M00001,deposit_new,80.5
            h-3,2026-03-20T11:00:00+08:00,M00001,deposit_new,1000
            h-1,2026-01-06T10:00:00+08:00,M00001,deposit_new,120
            h-4,2027-01-06T10:00:00+08:00,M00001,deposit_new,5
            h-5,2026-01-07T10:00:00+08:00,NOPE,deposit_new,5
            """);
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = ImportHistoryCommand.Run(["import-history", "--campaign", "kmh-2026", "--seed-data", seed, "--folder", folder, file], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("accepted 3, duplicates 1, rejected 2", output.ToString());
        Assert.Contains("line 6: time", output.ToString());
        Assert.Contains("at or after the campaign end", output.ToString());
        Assert.Contains("line 7:", output.ToString());

        // Again: every id is already there.
        Assert.Equal(0, ImportHistoryCommand.Run(["import-history", "--campaign", "kmh-2026", "--seed-data", seed, "--folder", folder, file], output, error));
        Assert.Contains("accepted 0, duplicates 4, rejected 2", output.ToString());

        using var app = WarRoomAppFactory.With(overrides: new Dictionary<string, string?>
        {
            ["WarRoom:SeedData"] = seed, ["WarRoom:History:Folder"] = folder,
        });
        await app.WaitUntilReadyAsync();
        var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

        // Mon 22 Feb 2027 is this campaign's 32nd working day; last year's 32nd (weekdays, 1–2 Jan off) is Tue 17 Feb
        // 2026: h-1 and h-2 count, h-3 (20 Mar) not yet.
        var unit = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/units/M00001"))!;
        var deposits = unit["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
        var target = deposits["target"]!.GetValue<double>();
        Assert.Equal(0, deposits["value"]!.GetValue<double>());
        Assert.Equal(200.5, deposits["lastYear"]!["value"]!.GetValue<double>());
        Assert.Equal(Math.Round(200.5 / target, 6), deposits["lastYear"]!["completion"]!.GetValue<double>());

        var ranking = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/rankings?level=manager&metric=deposit_new&basis=completion&scope=SB0101"))!;
        var row = ranking["items"]!.AsArray().Single(i => i!["unit"]!.GetValue<string>() == "M00001")!;
        Assert.Equal(Math.Round(200.5 / target, 6), row["lastYearCompletion"]!.GetValue<double>());
        Assert.Equal(0, row["completion"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_shipped_seed_brings_2026_as_a_generated_sample_for_every_unit()
    {
        using var app = WarRoomAppFactory.With();
        await app.WaitUntilReadyAsync();
        var unit = (await app.ClientWith(WarRoomAppFactory.LeaderToken).GetFromJsonAsync<JsonObject>("/api/v1/units/HQ"))!;

        Assert.All(unit["kpis"]!.AsArray(), k =>
        {
            Assert.True(k!["lastYear"]!["value"]!.GetValue<double>() > 0, k["kpi"]!.GetValue<string>());
            Assert.InRange(k["lastYear"]!["completion"]!.GetValue<double>(), 0.05, 2);
            Assert.Equal(0, k["value"]!.GetValue<double>());   // nothing of 2026 counts toward 2027
        });
    }

    [Fact]
    public void An_unknown_campaign_or_a_broken_file_is_refused()
    {
        var seed = PastSeed.Write(root);
        var (output, error) = (new StringWriter(), new StringWriter());
        var file = Path.Combine(root, "broken.csv");
        File.WriteAllText(file, "id,time,unit,kpi,value\nh-1,\"2026-01-06T10:00:00+08:00,M00001,deposit_new,1\n");

        Assert.Equal(2, ImportHistoryCommand.Run(["import-history", "--campaign", "kmh-2025", "--seed-data", seed, file], output, error));
        Assert.Contains("no past campaign 'kmh-2025'", error.ToString());
        Assert.Equal(1, ImportHistoryCommand.Run(["import-history", "--campaign", "kmh-2026", "--seed-data", seed, "--folder", Path.Combine(root, "h"), file], output, error));
        Assert.Contains("refused", error.ToString());
        Assert.False(Directory.Exists(Path.Combine(root, "h", "kmh-2026")));
    }
}

/// <summary>A copy of the seed with a past campaign (2026, weekdays, 1–2 January off, this year's targets) added.</summary>
internal static class PastSeed
{
    public static string Write(string root)
    {
        var source = RepositoryPaths.FindUpward("seed-data")!;
        var seed = Path.Combine(root, "seed-data");
        Directory.CreateDirectory(seed);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(seed, Path.GetFileName(file)));
        }

        // Only the top-level files were copied: the shipped history/ is replaced by this one.
        var past = Path.Combine(seed, "history", "test-2026");
        Directory.CreateDirectory(past);
        var campaign = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "campaign.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        campaign["id"] = "kmh-2026";
        campaign["name"] = "2026 开门红";
        campaign["nameEn"] = "2026 Strong Start";
        campaign["start"] = "2026-01-01T00:00:00+08:00";
        campaign["end"] = "2026-04-01T00:00:00+08:00";
        File.WriteAllText(Path.Combine(past, "campaign.json"), campaign.ToJsonString());
        File.WriteAllText(Path.Combine(past, "calendar.csv"), "date,kind,name_zh,name_en,assumed\n2026-01-01,holiday,元旦,New Year's Day,false\n2026-01-02,holiday,元旦假期,New Year holiday,false\n");
        File.Copy(Path.Combine(source, "targets.csv"), Path.Combine(past, "targets.csv"));
        return seed;
    }
}
