using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// The compare view between two real snapshots with events in between: every section has rows with figures —
/// climbers and fallers (ranks and score deltas) and targets newly crossed — not only its heading.
/// </summary>
public sealed class SnapshotComparePageTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task Managers_who_sold_between_two_snapshots_climb_others_fall_and_targets_crossed_are_listed()
    {
        var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var before = await SnapshotApi.TakeOkAsync(leader, "BR03", "事件前");

        // Three managers of BR03 furthest from their deposit target sell far more than it: they climb, cross it,
        // and push the others down the ranking.
        var managers = before["levels"]!.AsArray().Single(l => (string)l!["level"]! == "manager")!["rows"]!.AsArray()
            .Select(r => (Unit: (string)r!["unit"]!, Deposit: r["kpis"]!.AsArray().Single(k => (string)k!["kpi"]! == "deposit_new")!))
            .Where(m => m.Deposit["completion"]?.GetValue<double>() < 0.9)
            .OrderBy(m => m.Deposit["completion"]!.GetValue<double>())
            .Take(3).ToList();
        Assert.Equal(3, managers.Count);
        await PostAsync(app.ClientWith(WarRoomAppFactory.IngestKey), [.. managers.Select(m => (JsonNode)Event(
            "compare-" + m.Unit, unit: m.Unit, value: Math.Ceiling(m.Deposit["target"]!.GetValue<double>() * 3)))]);
        var after = await SnapshotApi.TakeOkAsync(leader, "BR03", "事件后");

        var html = await leader.GetStringAsync($"/snapshots?from={before.Id()}&to={after.Id()}");
        var section = new HtmlParser().ParseDocument(html).QuerySelector("section.snapshot-compare")!;
        var level = Level(section, "客户经理");
        var climbers = level.OfType<IElement>().First(e => e.ClassList.Contains("movers") && e.TextContent.Contains("进步最大", StringComparison.Ordinal));
        var fallers = level.OfType<IElement>().First(e => e.ClassList.Contains("movers") && e.TextContent.Contains("退步最大", StringComparison.Ordinal));
        var crossed = level.SelectMany(e => e.QuerySelectorAll("span.crossed")).ToList();

        var climbed = climbers.QuerySelectorAll("tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.True(climbed.Count >= 3, climbers.TextContent);
        Assert.All(climbed.Take(3), row =>
        {
            Assert.StartsWith("▲", row[2], StringComparison.Ordinal);
            Assert.True(double.Parse(row[3], CultureInfo.InvariantCulture) > 0, string.Join(" ", row));
        });
        var fell = fallers.QuerySelectorAll("tr").ToList();
        Assert.NotEmpty(fell);
        Assert.All(fell, r => Assert.StartsWith("▼", r.Children[2].TextContent.Trim(), StringComparison.Ordinal));
        Assert.True(crossed.Count(c => c.TextContent.Contains("新增存款", StringComparison.Ordinal)) >= 3, string.Join(" ", crossed.Select(c => c.TextContent)));
    }

    /// <summary>The elements of one level's block: after its heading, up to the next level's heading.</summary>
    private static List<IElement> Level(IElement section, string name)
    {
        var heading = section.QuerySelectorAll("h3").Single(h => h.TextContent.Trim() == name);
        var block = new List<IElement>();
        for (var e = heading.NextElementSibling; e is not null && e.LocalName != "h3"; e = e.NextElementSibling)
        {
            block.Add(e);
        }

        return block;
    }
}
