using WarRoom.Core.Aggregates;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Ranking;

/// <summary>A ranking cut by one dimension value: what each unit booked through that channel, against figures worked out by hand.</summary>
public class TagRankingTests
{
    private static readonly Dimension Channel = new("channel", new("渠道", "Channel"), 0, [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile"))]);
    private static readonly TagFilter Mobile = new(Channel, Channel.Values[1]);
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2027-01-12T12:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Managers_rank_by_what_they_booked_through_the_channel_alone()
    {
        using var w = Trees.Small().Build();
        using var aggregates = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        EventRecord E(long seq, string unit, double value, int channel = -1) =>
            w.Event(unit, "dep", "2027-01-10T09:00", value, seq) with { Tags = channel < 0 ? 0 : EventTags.With(0, 0, channel) };

        // Overall M111 leads (600); through mobile M112 does (150 against 80), and M121's untagged 1,000 counts for nothing.
        aggregates.Apply([E(1, "M111", 100, 1), E(2, "M111", 500, 0), E(3, "M112", 150, 1), E(4, "M111", -20, 1), E(5, "M121", 1000)]);
        var ranker = new Ranker(aggregates);

        var mobile = ranker.Rank(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["BR1"], RankWindow.CampaignToDate, Tag: Mobile), Now);
        var overall = ranker.Rank(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["BR1"], RankWindow.CampaignToDate), Now);

        Assert.Equal(["M112", "M111", "M121"], mobile.Items.Select(i => i.Unit.Code));
        Assert.Equal([150.0, 80.0, 0.0], mobile.Items.Select(i => i.Value!.Value));
        Assert.All(mobile.Items, i => Assert.Equal((null, null, null, null), (i.Target, i.Completion, i.Pace, i.RankChange)));
        Assert.Equal(["M121", "M111", "M112"], overall.Items.Select(i => i.Unit.Code));
        var subBranches = ranker.Rank(new RankingQuery(OrgLevel.SubBranch, "dep", RankBasis.Value, w["HQ"], RankWindow.CampaignToDate, Tag: Mobile), Now);
        Assert.Equal([("SB11", 230.0), ("SB12", 0.0), ("SB21", 0.0)], subBranches.Items.Select(i => (i.Unit.Code, i.Value!.Value)));
    }

    [Fact]
    public void Today_and_this_week_rank_by_what_was_booked_through_the_channel_in_them()
    {
        using var w = Trees.Small().Build();
        using var aggregates = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        EventRecord E(long seq, string unit, string time, double value, int channel = -1) =>
            w.Event(unit, "dep", time, value, seq) with { Tags = channel < 0 ? 0 : EventTags.With(0, 0, channel) };

        // Tue 12 Jan, noon. Last week M112 sold most through mobile; this week M111 (Mon 60 + Tue 15); today M121.
        aggregates.Apply([
            E(1, "M112", "2027-01-08T10:00", 900, 1), E(2, "M111", "2027-01-11T10:00", 60, 1), E(3, "M112", "2027-01-11T11:00", 50, 1),
            E(4, "M111", "2027-01-12T09:00", 15, 1), E(5, "M121", "2027-01-12T10:00", 30, 1), E(6, "M112", "2027-01-12T10:30", 99, 0),
        ]);
        var ranker = new Ranker(aggregates);
        (string, double)[] Rank(RankWindow window) => [.. ranker.Rank(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["BR1"], window, Tag: Mobile), Now)
            .Items.Select(i => (i.Unit.Code, i.Value!.Value))];

        Assert.Equal([("M121", 30.0), ("M111", 15.0), ("M112", 0.0)], Rank(RankWindow.Today));
        Assert.Equal([("M111", 75.0), ("M112", 50.0), ("M121", 30.0)], Rank(RankWindow.ThisWeek));
        Assert.Equal([("M112", 950.0), ("M111", 75.0), ("M121", 30.0)], Rank(RankWindow.CampaignToDate));
    }

    [Theory]
    [InlineData("composite", RankBasis.Value, "sum KPI")]
    [InlineData("mau", RankBasis.Value, "sum KPI")]
    [InlineData("dep", RankBasis.Completion, "by value")]
    public void A_tag_cuts_only_a_sum_KPI_by_value_over_the_campaign(string metric, RankBasis basis, string reason)
    {
        using var w = Trees.Small().Build();
        using var aggregates = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        var ranker = new Ranker(aggregates);

        var refused = Assert.Throws<ArgumentException>(() => ranker.Rank(new RankingQuery(OrgLevel.Manager, metric, basis, w["HQ"], RankWindow.CampaignToDate, Tag: Mobile), Now));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        var dates = RankWindow.Between(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8));
        var custom = Assert.Throws<ArgumentException>(() => ranker.Rank(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["HQ"], dates, Tag: Mobile), Now));
        Assert.Contains("window=campaign|today|week", custom.Message, StringComparison.Ordinal);
        var asOf = Assert.Throws<ArgumentException>(() => ranker.RankAsOf(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["HQ"], RankWindow.CampaignToDate, Tag: Mobile), Now));
        Assert.Contains("not as of an instant", asOf.Message, StringComparison.Ordinal);
    }
}
