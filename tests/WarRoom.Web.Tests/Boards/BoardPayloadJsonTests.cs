using System.Text.Json;
using System.Text.Json.Nodes;
using WarRoom.Core;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Tests.Boards;

/// <summary>The wire shape board.js relies on: camelCase, a "type" on each widget payload, widget ids untouched.</summary>
public sealed class BoardPayloadJsonTests
{
    private static readonly DateTimeOffset AsOf = new(2027, 2, 10, 9, 30, 0, TimeSpan.FromHours(8));

    private static BoardPayload Payload() => new()
    {
        BoardId = "hq",
        AsOf = AsOf,
        Frames =
        [
            new PageFrame
            {
                Page = 1,
                Unit = "BR01",
                UnitName = new LocalizedText("北京分行", "Beijing Branch"),
                Widgets = new Dictionary<string, WidgetPayload>
                {
                    ["Branch-Board"] = new LeaderboardPayload
                    {
                        Level = "branch", Metric = "composite", MetricName = new LocalizedText("综合得分", "Composite"),
                        Basis = "value", Unit = "分", TimeProgress = 0.41,
                        Rows = [new RankingRow { Rank = 1, Unit = "BR01", Name = "北京分行", Label = new LocalizedText("北京分行", "Beijing Branch"), Value = 92.5, Score = 92.5, RankChange = 2 }],
                    },
                    ["countdown"] = new CountdownPayload
                    {
                        Campaign = new LocalizedText("2027开门红", "2027 Campaign"), End = AsOf.AddDays(50), DaysLeft = 35, DaysCounted = "workdays", CalendarDaysLeft = 45,
                        TimeProgress = 0.45,
                    },
                },
            },
        ],
    };

    [Fact]
    public void Widget_payloads_carry_their_type_first_and_camel_case_fields()
    {
        var json = JsonNode.Parse(BoardJson.Serialize(Payload()))!;
        var frame = json["frames"]![0]!;
        var board = frame["widgets"]!["Branch-Board"]!.AsObject();

        Assert.Equal("leaderboard", board.First().Value!.GetValue<string>());
        Assert.Equal("type", board.First().Key);
        Assert.Equal(2, board["rows"]![0]!["rankChange"]!.GetValue<int>());
        Assert.Equal("countdown", frame["widgets"]!["countdown"]!["type"]!.GetValue<string>());
        Assert.Equal(35, frame["widgets"]!["countdown"]!["daysLeft"]!.GetValue<int>());
        Assert.Equal("BR01", frame["unit"]!.GetValue<string>());
        Assert.True(json["complete"]!.GetValue<bool>());
    }

    [Fact]
    public void Payloads_read_back_into_the_same_types()
    {
        var back = JsonSerializer.Deserialize<BoardPayload>(BoardJson.Serialize(Payload()), BoardJson.Options)!;

        var widgets = back.Frames[0].Widgets;
        var board = Assert.IsType<LeaderboardPayload>(widgets["Branch-Board"]);
        Assert.Equal(92.5, board.Rows[0].Score);
        Assert.Equal(35, Assert.IsType<CountdownPayload>(widgets["countdown"]).DaysLeft);
    }

    [Fact]
    public void Json_for_the_page_cannot_close_the_script_element_and_keeps_chinese_readable()
    {
        var state = new BoardState
        {
            Board = new BoardDefinition
            {
                Id = "x", Title = new LocalizedText("</script><b>作战室", "War room"), Scope = "HQ",
                Resolution = BoardResolution.FullHd, Theme = BoardTheme.Dark, Pages = [],
            },
            Payload = Payload(),
        };

        var json = BoardJson.SerializeForScript(state);

        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("作战室", json, StringComparison.Ordinal);
        Assert.Equal("</script><b>作战室", JsonNode.Parse(json)!["board"]!["title"]!["zh"]!.GetValue<string>());
    }

    [Fact]
    public void Hub_names_match_the_ones_board_js_uses()
    {
        var script = File.ReadAllText(Path.Combine(TestBank.RepoRoot(), "src/WarRoom.Web/wwwroot/js/board/live.js"));
        string[] names =
        [
            BoardHubContract.Subscribe, BoardHubContract.BoardUpdated, BoardHubContract.DealAnnounced,
            BoardHubContract.GuidanceUpdated, BoardHubContract.BoardReloaded,
        ];
        foreach (var name in names)
        {
            Assert.Contains($"'{name}'", script, StringComparison.Ordinal);
        }
    }
}
