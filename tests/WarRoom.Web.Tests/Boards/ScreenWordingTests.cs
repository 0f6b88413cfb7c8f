using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Tests.Live;

namespace WarRoom.Web.Tests.Boards;

/// <summary>What the shipped boards' payloads say about days left and about names, as a branch head reads them.</summary>
public sealed class ScreenWordingTests(LiveServer app) : IClassFixture<LiveServer>
{
    private async Task<BoardPayload> BuildAsync(string boardId) =>
        await app.Services.GetRequiredService<BoardPayloadBuilder>().BuildAsync(app.Services.GetRequiredService<BoardCatalog>().Find(boardId)!);

    [Fact]
    public async Task The_countdown_says_it_counts_working_days_and_gives_the_calendar_days_too()
    {
        var countdown = (CountdownPayload)(await BuildAsync("hq")).Frames[0].Widgets["countdown"];

        // Monday 22 Feb 2027 to 31 Mar: 38 calendar days; the campaign counts working days.
        Assert.Equal("workdays", countdown.DaysCounted);
        Assert.Equal(38, countdown.CalendarDaysLeft);
        Assert.True(countdown.DaysLeft < countdown.CalendarDaysLeft, $"{countdown.DaysLeft} working days");
    }

    [Fact]
    public async Task Under_a_named_branch_sub_branches_drop_the_city_and_managers_say_where_they_sit()
    {
        var payload = await BuildAsync("branch");
        var beijing = payload.Frames.Single(f => f.Unit == "BR01");

        var subBranches = (LeaderboardPayload)beijing.Widgets["subbranch-ranking"];
        Assert.All(subBranches.Rows, r => Assert.False(r.Label.Zh.StartsWith("北京", StringComparison.Ordinal), r.Label.Zh));
        Assert.Contains(subBranches.Rows, r => r.Unit == "SB0101" && r.Label == new LocalizedText("朝阳支行", "Chaoyang"));
        Assert.All(subBranches.Rows, r => Assert.Null(r.Context));

        var managers = (LeaderboardPayload)beijing.Widgets["manager-ranking"];
        Assert.All(managers.Rows, r => Assert.EndsWith("支行", r.Context!.Zh, StringComparison.Ordinal));
        Assert.All(managers.Rows, r => Assert.False(r.Context!.Zh.StartsWith("北京", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task On_the_bank_wide_board_names_stay_whole_and_a_managers_seat_names_the_city()
    {
        var bank = (await BuildAsync("deposits")).Frames[0];

        var managers = (LeaderboardPayload)bank.Widgets["deposit-managers"];
        Assert.All(managers.Rows, r => Assert.Matches("^..+支行$", r.Context!.Zh));
        Assert.All(managers.Rows, r => Assert.Equal(r.Name, r.Label.Zh));
        var race = (BarRacePayload)bank.Widgets["deposit-race"];
        Assert.All(race.Rows, r => Assert.Equal(new LocalizedText(r.Name, r.NameEn!), r.Label));
    }
}
