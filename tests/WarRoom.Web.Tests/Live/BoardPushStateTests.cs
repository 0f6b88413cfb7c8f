using WarRoom.Core;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Live.Publishing;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Tests.Live;

/// <summary>A push carries only the widgets whose data changed since the group's last push.</summary>
public sealed class BoardPushStateTests
{
    private static readonly BoardDefinition Board = new()
    {
        Id = "t", Title = new LocalizedText("测试", "Test"), Scope = "HQ", Resolution = BoardResolution.FullHd, Theme = BoardTheme.Dark, Pages = [],
    };

    [Fact]
    public void Nothing_changed_means_no_push()
    {
        var state = new BoardPushState(Board);
        state.Remember(Payload(countdown: 30, ticker: ["a"]));

        Assert.Null(state.Changes(Payload(countdown: 30, ticker: ["a"])));
    }

    [Fact]
    public void Only_changed_widgets_of_changed_frames_are_sent_and_become_the_new_baseline()
    {
        var state = new BoardPushState(Board);
        state.Remember(Payload(countdown: 30, ticker: ["a"]));

        var changes = state.Changes(Payload(countdown: 30, ticker: ["b", "a"]));

        Assert.NotNull(changes);
        Assert.False(changes.Complete);
        var frame = Assert.Single(changes.Frames);
        Assert.Equal((1, "BR01"), (frame.Page, frame.Unit));
        Assert.Equal(new LocalizedText("北京分行", "Beijing"), frame.UnitName);
        Assert.Equal(["deals"], frame.Widgets.Keys);
        Assert.Null(state.Changes(Payload(countdown: 30, ticker: ["b", "a"])));
    }

    [Fact]
    public void The_first_comparison_without_a_baseline_sends_everything()
    {
        var changes = new BoardPushState(Board).Changes(Payload(countdown: 29, ticker: []));

        Assert.Equal(2, changes!.Frames.Count);
    }

    private static BoardPayload Payload(int countdown, string[] ticker) => new()
    {
        BoardId = "t",
        AsOf = DateTimeOffset.Parse("2027-02-22T10:00:00+08:00"),
        Frames =
        [
            new PageFrame
            {
                Page = 0,
                Widgets = new Dictionary<string, WidgetPayload>
                {
                    ["countdown"] = new CountdownPayload
                    {
                        Campaign = new LocalizedText("2027 开门红", "2027 Campaign"), End = DateTimeOffset.Parse("2027-04-01T00:00:00+08:00"),
                        DaysLeft = countdown, DaysCounted = "workdays", CalendarDaysLeft = countdown + 9, TimeProgress = 0.5,
                    },
                },
            },
            new PageFrame
            {
                Page = 1,
                Unit = "BR01",
                UnitName = new LocalizedText("北京分行", "Beijing"),
                Widgets = new Dictionary<string, WidgetPayload>
                {
                    ["deals"] = new DealTickerPayload
                    {
                        Deals = [.. ticker.Select(id => new Deal
                        {
                            Id = id, Time = DateTimeOffset.Parse("2027-02-22T09:00:00+08:00"), Kpi = "deposit_new",
                            KpiName = new LocalizedText("新增存款", "New deposits"), Unit = "万元", Amount = 600, Manager = new UnitRef("M1", "张伟"),
                        })],
                    },
                },
            },
        ],
    };
}
