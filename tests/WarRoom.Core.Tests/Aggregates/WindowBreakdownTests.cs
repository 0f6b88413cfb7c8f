using WarRoom.Core.Aggregates;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>
/// Today's and this week's breakdowns against figures worked out by hand: events applied in any order, a week that
/// began before the campaign, an event a few minutes ahead of the clock (after 23:55), and a clock that has fallen
/// behind the days kept. Campaign days: 1 Jan 2027 is a Friday, so Mon 11 Jan starts a week.
/// </summary>
public class WindowBreakdownTests
{
    private static readonly Dimension Channel = new("channel", new("渠道", "Channel"), 0, [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile"))]);

    // (unit, local time, value, channel: 0 branch, 1 mobile, -1 untagged)
    private static readonly (string Unit, string Time, double Value, int Channel)[] Sales =
    [
        ("M111", "2027-01-01T10:00", 3, 0),      // Fri 1 Jan: the campaign's first, partial week
        ("M111", "2027-01-08T10:00", 1000, 1),   // Fri 8 Jan: last week
        ("M111", "2027-01-11T09:00", 100, 1),    // Mon 11 Jan
        ("M112", "2027-01-11T09:30", 40, 0),
        ("M111", "2027-01-12T10:00", 30, 1),     // Tue 12 Jan
        ("M121", "2027-01-12T11:00", 20, 1),
        ("M211", "2027-01-12T12:00", 5, -1),
        ("M112", "2027-01-13T08:00", 7, 1),      // Wed 13 Jan
        ("M111", "2027-01-14T00:02", 9, 1),      // Thu 14 Jan, 4 minutes ahead of a clock at Wed 23:58
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Today_and_this_week_per_value_in_any_order_of_arrival(bool reversed)
    {
        using var w = Trees.Small().Build();
        using var aggregates = Load(w, reversed);

        // Wednesday 23:58: Thursday's early sale belongs to neither today nor this week yet.
        Assert.Equal(("0 7", 0.0, 7.0), Read(aggregates, w, "BR1", RankWindow.Today, "2027-01-13T23:58"));
        Assert.Equal(("40 157", 0.0, 197.0), Read(aggregates, w, "BR1", RankWindow.ThisWeek, "2027-01-13T23:58"));
        Assert.Equal(("40 157", 5.0, 202.0), Read(aggregates, w, "HQ", RankWindow.ThisWeek, "2027-01-13T23:58"));
        Assert.Equal(("40 137", 0.0, 177.0), Read(aggregates, w, "SB11", RankWindow.ThisWeek, "2027-01-13T23:58"));

        // Thursday 00:05: it has.
        Assert.Equal(("0 9", 0.0, 9.0), Read(aggregates, w, "HQ", RankWindow.Today, "2027-01-14T00:05"));
        Assert.Equal(("40 166", 5.0, 211.0), Read(aggregates, w, "HQ", RankWindow.ThisWeek, "2027-01-14T00:05"));
        Assert.Equal(("43 1166", 5.0, 1214.0), Read(aggregates, w, "HQ", RankWindow.CampaignToDate, "2027-01-14T00:05"));

        // Sunday, no sale that day: today is empty, the week still holds Monday to Thursday.
        Assert.Equal(("0 0", 0.0, 0.0), Read(aggregates, w, "HQ", RankWindow.Today, "2027-01-17T15:00"));
        Assert.Equal(("40 166", 5.0, 211.0), Read(aggregates, w, "HQ", RankWindow.ThisWeek, "2027-01-17T15:00"));

        // The next Monday: a new week.
        Assert.Equal(("0 0", 0.0, 0.0), Read(aggregates, w, "HQ", RankWindow.ThisWeek, "2027-01-18T09:00"));
    }

    [Fact]
    public void A_clock_behind_the_days_kept_gets_no_figure_rather_than_a_wrong_one()
    {
        using var w = Trees.Small().Build();
        using var aggregates = Load(w, reversed: false);
        var dep = w.Catalog.Find("dep")!;

        // The two days kept are Wed 13 and Thu 14: Tuesday is gone, but Mon–Tue is the week less Wed and Thu.
        Assert.Null(aggregates.BreakdownOf(w["HQ"], dep, Channel, RankWindow.Today, WorldBuilder.At("2027-01-12T12:00")));
        Assert.Equal(("40 150", 5.0, 195.0), Read(aggregates, w, "HQ", RankWindow.ThisWeek, "2027-01-12T12:00"));
        Assert.Null(aggregates.BreakdownOf(w["HQ"], dep, Channel, RankWindow.ThisWeek, WorldBuilder.At("2027-01-08T12:00")));
        Assert.Throws<ArgumentException>(() => aggregates.BreakdownOf(
            w["HQ"], dep, Channel, RankWindow.Between(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)), WorldBuilder.At("2027-01-13T12:00")));
    }

    [Fact]
    public void The_first_partial_week_starts_with_the_campaign()
    {
        using var w = Trees.Small().Build();
        using var aggregates = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        aggregates.Apply([Sale(w, 1, ("M111", "2027-01-01T10:00", 3, 0)), Sale(w, 2, ("M112", "2027-01-02T10:00", 4, 1))]);

        Assert.Equal(("3 4", 0.0, 7.0), Read(aggregates, w, "SB11", RankWindow.ThisWeek, "2027-01-03T10:00"));
        Assert.Equal(("0 4", 0.0, 4.0), Read(aggregates, w, "M112", RankWindow.Today, "2027-01-02T20:00"));
    }

    [Fact]
    public void A_checkpoint_carries_the_days_and_weeks_kept()
    {
        using var w = Trees.Small().Build();
        using var before = Load(w, reversed: false);
        var saved = MemoryStateChannel.Save(before.ExchangeState);
        using var after = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        MemoryStateChannel.Load(saved, after.ExchangeState);

        foreach (var now in new[] { "2027-01-13T23:58", "2027-01-14T00:05", "2027-01-12T12:00" })
        {
            foreach (var unit in new[] { "HQ", "BR1", "SB11", "M111", "M211" })
            {
                Assert.Equal(Read(before, w, unit, RankWindow.ThisWeek, now), Read(after, w, unit, RankWindow.ThisWeek, now));
            }
        }

        Assert.Equal(("0 9", 0.0, 9.0), Read(after, w, "HQ", RankWindow.Today, "2027-01-14T00:05"));
        Assert.Equal(before.RecentTagBytes, after.RecentTagBytes);
    }

    private static KpiAggregates Load(World w, bool reversed)
    {
        var aggregates = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        var events = Sales.Select((s, i) => Sale(w, i + 1, s)).ToArray();
        aggregates.Apply(reversed ? [.. events.Reverse()] : events);
        return aggregates;
    }

    private static EventRecord Sale(World w, long seq, (string Unit, string Time, double Value, int Channel) s) =>
        w.Event(s.Unit, "dep", s.Time, s.Value, seq) with { Tags = s.Channel < 0 ? 0 : EventTags.With(0, 0, s.Channel) };

    /// <summary>The values as text ("40 157"), so tuples compare by content.</summary>
    private static (string Values, double Untagged, double Total) Read(KpiAggregates aggregates, World w, string unit, RankWindow window, string now)
    {
        var b = aggregates.BreakdownOf(w[unit], w.Catalog.Find("dep")!, Channel, window, WorldBuilder.At(now))!;
        return (string.Join(' ', b.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))), b.Untagged, b.Total);
    }
}
