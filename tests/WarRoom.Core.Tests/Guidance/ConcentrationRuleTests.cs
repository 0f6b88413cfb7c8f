using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// concentration: one manager carries ≥ ConcentrationShare (50 %) of a unit's result for a KPI, once the unit has
/// booked ConcentrationMinCompletion (10 %) of its target. SB1 (target 1000) has M1, M2, M3.
/// </summary>
public sealed class ConcentrationRuleTests
{
    private static World Build(params double[] values)
    {
        var b = new WorldBuilder()
            .Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ").Unit("SB1", OrgLevel.SubBranch, "BR1")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 1.0).Target("SB1", "dep", 1000);
        for (var i = 1; i <= values.Length; i++)
        {
            b.Unit($"M{i}", OrgLevel.Manager, "SB1");
        }

        var w = b.Build();
        for (var i = 1; i <= values.Length; i++)
        {
            w.Book($"M{i}", "dep", "2027-01-10T10:00", values[i - 1]);
        }

        return w;
    }

    private static string[] Items(World w) => GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-10T12:00"), GuidanceKind.Concentration);

    [Theory]
    [InlineData(new[] { 99.99, 50.01, 50.0 }, false)] // 49.99 %
    [InlineData(new[] { 100.0, 50.0, 50.0 }, true)]   // exactly 50 %
    [InlineData(new[] { 120.0, 40.0, 40.0 }, true)]   // 60 %
    public void One_manager_carrying_half_of_the_result(double[] values, bool flagged)
    {
        using var w = Build(values);

        Assert.Equal(flagged ? ["SB1:dep:warn"] : [], Items(w));
    }

    [Theory]
    [InlineData(new[] { 59.4, 19.8, 19.8 }, false)] // 9.9 % of the target booked: too early to tell
    [InlineData(new[] { 60.0, 20.0, 20.0 }, true)]  // 10 %
    public void Only_once_enough_of_the_target_is_booked(double[] values, bool flagged)
    {
        using var w = Build(values);

        Assert.Equal(flagged ? ["SB1:dep:warn"] : [], Items(w));
    }

    [Fact]
    public void A_single_manager_is_not_a_concentration()
    {
        using var w = Build(500);

        Assert.Empty(Items(w));
    }

    [Fact]
    public void The_item_names_the_manager_and_a_tie_goes_to_the_lower_code()
    {
        using var w = Build(-100, 300, 300); // an outflow lets two people carry more than half each

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-10T12:00"), GuidanceKind.Concentration, "SB1");

        Assert.Equal("M2", item.Subject?.Code);
        Assert.Equal([("share", 0.6), ("value", 500.0), ("subjectValue", 300), ("completion", 0.5), ("managers", 3)], GuidanceKit.Figures(item));
    }

    [Fact]
    public void The_wording_names_the_share()
    {
        using var w = Build(300, 100, 100);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-10T12:00"), GuidanceKind.Concentration, "SB1");

        Assert.Equal("SB1dep500万元，其中M1一人贡献60%（300万元），业绩过度依赖单人。", item.Message.Zh);
        Assert.Equal("SB1: M1 alone brought 60% of its dep (300 of 500 RMB 10k); the result depends on one person.", item.Message.En);
    }
}
