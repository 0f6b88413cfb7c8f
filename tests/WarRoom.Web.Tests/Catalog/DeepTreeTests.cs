using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using WarRoom.Core.Org;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Snapshots;

namespace WarRoom.Web.Tests.Catalog;

/// <summary>
/// A national bank of 3, 5 and 6 levels (decision 0025) through HTTP: the org names its levels, every level ranks,
/// drill-down walks every level, a mid-level head sees only its subtree, boards, guidance, briefings and a snapshot
/// export work at any depth.
/// </summary>
public abstract class DeepTreeTests(NationalBankApp app)
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    private OrgTree Org => app.Seed.Org;

    [Fact]
    public async Task The_org_names_the_seeds_levels_and_every_unit_is_at_one_of_them()
    {
        var org = JsonNode.Parse(await leader.GetStringAsync("/api/v1/org"))!;

        Assert.Equal(Org.Levels.Select(l => (l.Code, l.Name.Zh, l.Name.En, l.Depth)),
            org["levels"]!.AsArray().Select(l => (l!["code"]!.GetValue<string>(), l["name"]!["zh"]!.GetValue<string>(), l["name"]!["en"]!.GetValue<string>(), l["order"]!.GetValue<int>())));
        Assert.Equal(app.Depth, Org.Levels.Count);
        Assert.Equal(Org.Units.Select(u => (u.Code, u.Level.Code)), org["units"]!.AsArray().Select(u => (u!["code"]!.GetValue<string>(), u["level"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Every_level_below_hq_ranks_all_its_units()
    {
        foreach (var level in Org.Levels.BelowRoot)
        {
            var ranking = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/rankings?level={level.Code}&metric=deposit_new"))!;

            Assert.Equal(level.Code, ranking["level"]!.GetValue<string>());
            Assert.Equal(Org.UnitsAt(level, Org.Root).Count(), ranking["total"]!.GetValue<int>());
            Assert.All(ranking["items"]!.AsArray(), i => Assert.Equal(level, Org.Find(i!["unit"]!.GetValue<string>())!.Level));
        }
    }

    [Fact]
    public async Task An_unknown_or_hq_level_is_a_400_naming_it_and_the_seeds_levels()
    {
        foreach (var code in new[] { "region", "hq" })
        {
            var problem = await SnapshotApi.ProblemAsync(await leader.GetAsync($"/api/v1/rankings?level={code}"), HttpStatusCode.BadRequest);

            Assert.Equal($"level '{code}' must be {Org.Levels.Describe(Org.Levels.BelowRoot)}", problem["errors"]!["level"]![0]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Drill_down_walks_from_hq_to_a_manager_through_every_level()
    {
        var code = "HQ";
        foreach (var level in Org.Levels.BelowRoot)
        {
            var unit = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/units/{code}"))!;
            Assert.Equal(level.Code, unit["children"]!["level"]!.GetValue<string>());

            var page = new HtmlParser().ParseDocument(await leader.GetStringAsync($"/units/{code}?token={WarRoomAppFactory.LeaderToken}"));
            var child = Org.Find(code)!.Children[0];
            Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith($"/units/{child.Code}", StringComparison.Ordinal));
            code = child.Code;
        }

        Assert.True(Org.Find(code)!.Level.IsLeaf);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/units/{code}?token={WarRoomAppFactory.LeaderToken}")).StatusCode);
    }

    [Fact]
    public async Task The_head_of_a_mid_level_unit_sees_its_subtree_and_not_a_sibling()
    {
        using var head = app.ClientWith(NationalBankApp.MidHeadToken);
        var scope = Org.Find(app.MidHead)!;
        var sibling = scope.Parent!.Children.Count > 1 ? scope.Parent.Children[1] : Org.UnitsAt(scope.Level, Org.Root).First(u => u != scope);

        var units = JsonNode.Parse(await head.GetStringAsync("/api/v1/org"))!["units"]!.AsArray();
        Assert.Equal(scope.SubtreeEnd - scope.Index, units.Count);
        var managers = JsonNode.Parse(await head.GetStringAsync($"/api/v1/rankings?level={Org.Levels.Leaf.Code}"))!;
        Assert.Equal(scope.DescendantsAt(Org.Levels.Leaf).Count(), managers["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/api/v1/rankings?scope={sibling.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/api/v1/units/{sibling.Code}")).StatusCode);
        var guidance = JsonNode.Parse(await head.GetStringAsync("/api/v1/guidance"))!["items"]!.AsArray();
        Assert.All(guidance, i => Assert.True(Org.Find(i!["unit"]!.GetValue<string>())!.IsWithin(scope)));
    }

    [Fact]
    public async Task A_board_renders_with_rankings_of_the_seeds_levels_and_one_frame_per_cycled_unit()
    {
        var boardId = Org.Levels.TryParse("branch", out var branch) ? "branch" : "hq";
        var cycled = branch ?? Org.Levels.Outlet;
        var html = await leader.GetStringAsync($"/boards/{boardId}?token={WarRoomAppFactory.KioskToken}");
        var state = JsonNode.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script#board-state")!.TextContent)!;
        var frames = state["payload"]!["frames"]!.AsArray();

        Assert.Equal(Org.UnitsAt(cycled, Org.Root).Select(u => u.Code), frames.Where(f => f!["unit"] is not null).Select(f => f!["unit"]!.GetValue<string>()));
        var rankings = frames.SelectMany(f => f!["widgets"]!.AsObject().Where(w => w.Value!["rows"] is not null && w.Value["level"] is not null)).ToList();
        Assert.NotEmpty(rankings);
        var strays = rankings.SelectMany(w => w.Value!["rows"]!.AsArray()
            .Select(row => Org.Find(row!["unit"]!.GetValue<string>())!)
            .Where(u => u.Level.Code != w.Value["level"]!.GetValue<string>())
            .Select(u => $"{w.Key} ({w.Value["level"]}): {u.Code} is a {u.Level.Code}")).ToList();
        Assert.Empty(strays);
    }

    [Fact]
    public async Task Guidance_and_briefings_cover_every_middle_level()
    {
        var items = JsonNode.Parse(await leader.GetStringAsync("/api/v1/guidance"))!["items"]!.AsArray();
        Assert.All(items, i => Assert.Contains(i!["level"]!.GetValue<string>(), Org.Levels.BelowRoot.Select(l => l.Code)));
        Assert.NotEmpty(items);

        foreach (var level in Org.Levels.Middle)
        {
            var only = JsonNode.Parse(await leader.GetStringAsync($"/api/v1/guidance?level={level.Code}"))!["items"]!.AsArray();
            Assert.All(only, i => Assert.Equal(level.Code, i!["level"]!.GetValue<string>()));

            var unit = Org.UnitsAt(level, Org.Root).First();
            Assert.Contains(unit.Name, await leader.GetStringAsync($"/api/v1/briefings/{unit.Code}"), StringComparison.Ordinal);
        }

        var manager = Org.UnitsAt(Org.Levels.Leaf, Org.Root).First();
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync($"/api/v1/briefings/{manager.Code}")).StatusCode);
    }

    [Fact]
    public async Task A_snapshot_holds_every_level_below_hq_and_exports_one_of_them()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "HQ", "national");
        var levels = snapshot["levels"]!.AsArray();
        Assert.Equal(Org.Levels.BelowRoot.Select(l => l.Code), levels.Select(l => l!["level"]!.GetValue<string>()));

        var middle = Org.Levels.Middle.Last();
        var csv = System.Text.Encoding.UTF8.GetString(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "csv", middle.Code));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Org.UnitsAt(middle, Org.Root).Count() + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(middle.Name.Zh + ",", l, StringComparison.Ordinal));
    }
}

public sealed class FiveLevelTreeTests(NationalBankApp5 app) : DeepTreeTests(app), IClassFixture<NationalBankApp5>;

public sealed class SixLevelTreeTests(NationalBankApp6 app) : DeepTreeTests(app), IClassFixture<NationalBankApp6>;

public sealed class ThreeLevelTreeTests(NationalBankApp3 app) : DeepTreeTests(app), IClassFixture<NationalBankApp3>;
