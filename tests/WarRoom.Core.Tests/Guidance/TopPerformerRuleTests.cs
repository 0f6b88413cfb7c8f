using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Core.Tests.Support;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// top_performer: first on the composite in its peer group — branches and sub-branches across the bank, managers
/// within their branch — with a score above 0 and at least one peer.
/// </summary>
public sealed class TopPerformerRuleTests
{
    /// <summary>BR1, BR2 (group A), BR3 (group B), each with one sub-branch (group S) and one manager (group M).</summary>
    private static World Build(double br1, double br2, double br3)
    {
        var b = new WorldBuilder().Unit("HQ", OrgLevel.Hq, null).Kpi("dep", Kpis.KpiAggregation.Sum, 1.0);
        foreach (var (code, group) in new[] { ("1", "A"), ("2", "A"), ("3", "B") })
        {
            b.Unit("BR" + code, OrgLevel.Branch, "HQ", group).Unit("SB" + code, OrgLevel.SubBranch, "BR" + code, "S")
                .Unit("M" + code, OrgLevel.Manager, "SB" + code, "M").Target("BR" + code, "dep", 100);
        }

        var w = b.Build();
        w.Book("M1", "dep", "2027-01-10T10:00", br1);
        w.Book("M2", "dep", "2027-01-10T10:00", br2);
        w.Book("M3", "dep", "2027-01-10T10:00", br3);
        return w;
    }

    [Theory]
    [InlineData(60, 50, "BR1")]
    [InlineData(50, 60, "BR2")]
    [InlineData(55, 55, "BR1,BR2")] // a tie at the top: both lead
    [InlineData(0, 0, "")]          // nobody has scored yet
    public void First_of_its_peer_group(double br1, double br2, string leaders)
    {
        using var w = Build(br1, br2, 90); // BR3 leads group B alone: no peers, no item

        var items = GuidanceKit.Of(GuidanceKit.Generate(w, "2027-01-10T12:00"), GuidanceKind.TopPerformer);

        Assert.Equal(leaders.Length == 0 ? [] : leaders.Split(',').Select(c => c + ":info"), items);
    }

    [Fact]
    public void The_item_names_the_scope_and_the_best_kpi()
    {
        using var w = Build(60, 50, 0);

        var item = GuidanceKit.Single(GuidanceKit.Generate(w, "2027-01-10T12:00"), GuidanceKind.TopPerformer, "BR1");

        Assert.Equal([("score", 60.0), ("peers", 2), ("completion", 0.6)], GuidanceKit.Figures(item));
        Assert.Equal("喜报：BR1综合得分60.0，位列全行A类分行第一，dep完成情况尤为突出。", item.Message.Zh);
        Assert.Equal("Good news: BR1 ranks first of 2 in peer group A across the bank with a composite score of 60.0, strongest on dep.", item.Message.En);
    }

    [Fact]
    public void Managers_lead_within_their_branch()
    {
        var b = new WorldBuilder().Unit("HQ", OrgLevel.Hq, null).Unit("BR1", OrgLevel.Branch, "HQ")
            .Unit("SB1", OrgLevel.SubBranch, "BR1").Unit("M1", OrgLevel.Manager, "SB1", "A").Unit("M2", OrgLevel.Manager, "SB1", "B")
            .Unit("SB2", OrgLevel.SubBranch, "BR1").Unit("M3", OrgLevel.Manager, "SB2", "A").Unit("M4", OrgLevel.Manager, "SB2", "B")
            .Kpi("dep", Kpis.KpiAggregation.Sum, 1.0);
        using var w = b.BuildWith((u, k) => u.Level == OrgLevel.Manager ? 100 : double.NaN);
        w.Book("M1", "dep", "2027-01-10T10:00", 10);
        w.Book("M2", "dep", "2027-01-10T10:00", 30);
        w.Book("M3", "dep", "2027-01-10T10:00", 20);
        w.Book("M4", "dep", "2027-01-10T10:00", 20);

        var report = GuidanceKit.Generate(w, "2027-01-10T12:00");

        Assert.Equal(["M2:info", "M3:info"], GuidanceKit.Of(report, GuidanceKind.TopPerformer));
        Assert.Contains("位列BR1A类客户经理第一", GuidanceKit.Single(report, GuidanceKind.TopPerformer, "M3").Message.Zh, StringComparison.Ordinal);
    }
}
