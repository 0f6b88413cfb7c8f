using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;

namespace WarRoom.Web.Tests.Boards;

/// <summary>The boards in the repository's dashboards/ load against the bank's units and KPIs.</summary>
public sealed class ShippedDashboardsTests
{
    private static readonly string Folder = Path.Combine(TestBank.RepoRoot(), "dashboards");

    private static IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> BoardFiles() => [.. FileNames()];

    private static BoardDefinition Load(string fileName)
    {
        var result = BoardLoader.LoadFile(Path.Combine(Folder, fileName), "dashboards/" + fileName, TestBank.Vocabulary());
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Board!;
    }

    [Theory]
    [MemberData(nameof(BoardFiles))]
    public void Every_shipped_board_is_valid(string fileName) => Load(fileName);

    [Fact]
    public void The_three_boards_of_the_brief_are_shipped() =>
        Assert.Superset(new HashSet<string> { "branch.json", "deposits.json", "hq.json" }, FileNames().ToHashSet());

    [Fact]
    public void The_hq_board_has_every_command_room_widget()
    {
        var types = Load("hq.json").AllWidgets().Select(w => w.Widget.TypeName).ToHashSet();
        string[] expected =
        [
            WidgetTypes.Countdown, WidgetTypes.KpiTiles, WidgetTypes.Leaderboard, WidgetTypes.BarRace,
            WidgetTypes.DealTicker, WidgetTypes.GuidancePanel, WidgetTypes.BranchGrid, WidgetTypes.Trend,
        ];
        Assert.Superset(expected.ToHashSet(), types);
    }

    [Fact]
    public void The_branch_board_cycles_branches_through_sub_branch_and_manager_rankings()
    {
        var page = Assert.Single(Load("branch.json").Pages);
        Assert.Equal(OrgLevel.Branch, page.Cycle?.Level);
        var levels = page.Widgets.OfType<LeaderboardWidget>().Select(w => w.Level).ToHashSet();
        Assert.Equal([OrgLevel.SubBranch, OrgLevel.Manager], levels.Order());
    }

    [Fact]
    public void The_deposits_board_shows_only_deposits()
    {
        var board = Load("deposits.json");
        var kpis = board.AllWidgets().Select(w => w.Widget).SelectMany(w => w switch
        {
            GaugeWidget g => [g.Kpi],
            TrendWidget t => [t.Kpi],
            RankingWidget r => [r.Metric],
            DealTickerWidget d => d.Kpis,
            _ => Array.Empty<string>(),
        }).ToHashSet();
        Assert.Equal(["deposit_new"], kpis);
    }

    [Theory]
    [MemberData(nameof(BoardFiles))]
    public void The_json_sent_to_the_browser_is_itself_the_same_valid_board(string fileName)
    {
        // board.js receives the serialized definition; it must carry every setting, defaults included.
        var board = Load(fileName);
        var json = BoardJson.Serialize(board);
        var again = BoardLoader.Parse(json, "dashboards/" + fileName, board.Id, TestBank.Vocabulary());

        Assert.True(again.IsValid, string.Join(Environment.NewLine, again.Errors));
        Assert.Equal(json, BoardJson.Serialize(again.Board));
    }
}
