using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>A sum KPI cut by a dimension, rolled up the tree, against figures worked out by hand.</summary>
public class BreakdownTests
{
    private static readonly Dimension Channel = new("channel", new("渠道", "Channel"), 0, [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile"))]);

    [Fact]
    public void Each_value_adds_up_the_tree_and_what_carried_no_tag_is_the_rest()
    {
        var w = Trees.Small().Build();
        using var aggregates = new Core.Aggregates.KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        EventRecord E(long seq, string unit, double value, int channel = -1) =>
            w.Event(unit, "dep", "2027-01-10T09:00", value, seq) with { Tags = channel < 0 ? 0 : EventTags.With(0, 0, channel) };
        aggregates.Apply([E(1, "M111", 100, 1), E(2, "M112", 50, 0), E(3, "M121", 30, 1), E(4, "M211", 7), E(5, "M111", -20, 1)]);

        var br1 = aggregates.BreakdownOf(w["BR1"], w.Catalog.Find("dep")!, Channel);
        var hq = aggregates.BreakdownOf(w["HQ"], w.Catalog.Find("dep")!, Channel);

        Assert.Equal([50.0, 110.0], br1.Values); // branch 50; mobile 100 − 20 + 30
        Assert.Equal((0.0, 160.0), (br1.Untagged, br1.Total));
        Assert.Equal([50.0, 110.0], hq.Values);
        Assert.Equal((7.0, 167.0), (hq.Untagged, hq.Total));
        Assert.Equal([0.3125, 0.6875], br1.Shares().Select(s => s.Share!.Value));
        Assert.Throws<ArgumentException>(() => aggregates.BreakdownOf(w["HQ"], w.Catalog.Find("mau")!, Channel));
        w.Dispose();
    }
}
