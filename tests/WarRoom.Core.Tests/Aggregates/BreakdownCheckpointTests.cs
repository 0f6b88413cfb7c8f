using WarRoom.Core.Aggregates;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Events;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Aggregates;

/// <summary>A checkpoint carries the per-value totals: after a restart from one, breakdowns are what they were.</summary>
public class BreakdownCheckpointTests
{
    private static readonly Dimension Channel = new("channel", new("渠道", "Channel"), 0, [("branch", new("网点", "Branch")), ("mobile", new("手机银行", "Mobile"))]);

    [Fact]
    public void Breakdowns_survive_a_checkpoint_and_its_load()
    {
        using var w = Trees.Small().Kpi("bal", Kpis.KpiAggregation.DailyAverage).Ratio("rate", "mau", "bal").Build();
        using var before = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        EventRecord E(long seq, string unit, double value, int channel = -1) =>
            w.Event(unit, "dep", "2027-01-10T09:00", value, seq) with { Tags = channel < 0 ? 0 : EventTags.With(0, 0, channel) };
        before.Apply([E(1, "M111", 100, 1), E(2, "M112", 50, 0), E(3, "M121", 30, 1), E(4, "M211", 7), w.Event("M111", "bal", "2027-01-10T17:00", 900, 5)]);

        var saved = MemoryStateChannel.Save(before.ExchangeState);
        using var after = new KpiAggregates(w.Tree, w.Catalog, w.Campaign, new DimensionCatalog([Channel]));
        MemoryStateChannel.Load(saved, after.ExchangeState);

        var dep = w.Catalog.Find("dep")!;
        foreach (var unit in new[] { "HQ", "BR1", "SB11", "M111", "BR2" })
        {
            Assert.Equal(before.BreakdownOf(w[unit], dep, Channel), after.BreakdownOf(w[unit], dep, Channel), BreakdownEquality.Instance);
        }

        Assert.Equal([50.0, 130.0], after.BreakdownOf(w["HQ"], dep, Channel).Values);
    }

    private sealed class BreakdownEquality : IEqualityComparer<Breakdown>
    {
        public static readonly BreakdownEquality Instance = new();

        public bool Equals(Breakdown? x, Breakdown? y) =>
            x!.Values.SequenceEqual(y!.Values) && (x.Untagged, x.Total) == (y.Untagged, y.Total);

        public int GetHashCode(Breakdown obj) => obj.Total.GetHashCode();
    }
}
