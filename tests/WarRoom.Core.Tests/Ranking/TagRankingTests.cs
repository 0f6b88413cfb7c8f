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
        var week = Assert.Throws<ArgumentException>(() => ranker.Rank(new RankingQuery(OrgLevel.Manager, "dep", RankBasis.Value, w["HQ"], RankWindow.ThisWeek, Tag: Mobile), Now));
        Assert.Contains("window=campaign", week.Message, StringComparison.Ordinal);
    }
}
