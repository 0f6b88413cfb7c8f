using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// rank_drop: a branch or sub-branch fell RankDropPlaces (3) or more among its siblings on the composite since the
/// previous day's close. Five sub-branches under BR1 close 10 Jan at 50, 40, 30, 20, 10 (targets 100); on 11 Jan
/// the next <c>k</c> of them book 35 each and pass SB1.
/// </summary>
public sealed class RankDropRuleTests
{
    private static World Build(int overtakers)
    {
        var b = new WorldBuilder().Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Kpi("dep", Kpis.KpiAggregation.Sum, 1.0);
        for (var i = 1; i <= 5; i++)
        {
            b.Unit($"SB{i}", OrgLevel.SubBranch, "BR1").Unit($"M{i}", OrgLevel.Manager, $"SB{i}").Target($"SB{i}", "dep", 100);
        }

        var w = b.Build();
        for (var i = 1; i <= 5; i++)
        {
            w.Book($"M{i}", "dep", "2027-01-10T10:00", 60 - (10 * i));
        }

        for (var i = 2; i <= 1 + overtakers; i++)
        {
            w.Book($"M{i}", "dep", "2027-01-11T09:00", 35);
        }

        return w;
    }

    [Theory]
    [InlineData(2, null)]   // 1st → 3rd
    [InlineData(3, "warn")] // 1st → 4th: exactly RankDropPlaces
    [InlineData(4, "warn")] // 1st → 5th
    public void Falling_places_among_siblings(int overtakers, string? severity)
    {
        using var w = Build(overtakers);

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-11T10:00"), GuidanceKind.RankDrop);

        Assert.Equal(severity is null ? [] : [$"SB1:{severity}"], items);
    }

    [Fact]
    public void The_item_says_from_where_to_where()
    {
        using var w = Build(3);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-11T10:00"), GuidanceKind.RankDrop, "SB1");

        Assert.Equal([("rank", 4.0), ("previousRank", 1), ("places", 3), ("peers", 5), ("score", 50)], GuidanceKit.Figures(item));
        Assert.Equal("SB1综合排名较前一日下降3位，在BR1下辖5个支行中由第1名降至第4名，综合得分50.0。", item.Message.Zh);
        Assert.Equal("SB1 fell 3 places since yesterday's close, from 1 to 4 of 5 in BR1; composite score 50.0.", item.Message.En);
    }

    [Fact]
    public void No_movement_on_the_first_day()
    {
        using var w = Build(0);
        w.Book("M5", "dep", "2027-01-01T10:00", 1000);

        Assert.Empty(GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-01T12:00"), GuidanceKind.RankDrop));
    }
}
