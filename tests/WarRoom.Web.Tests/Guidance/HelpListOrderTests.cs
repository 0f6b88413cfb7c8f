using WarRoom.Core;
using WarRoom.Core.Guidance;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Guidance;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>The HQ help list (智能帮扶): worst first across the bank, not the org tree's order.</summary>
public sealed class HelpListOrderTests
{
    private static readonly OrgTree Org = OrgTree.Build(
    [
        Unit("HQ", OrgLevel.Hq, null),
        Unit("BR01", OrgLevel.Branch, "HQ"), Unit("SB0101", OrgLevel.SubBranch, "BR01"),
        Unit("M1", OrgLevel.Manager, "SB0101"), Unit("M2", OrgLevel.Manager, "SB0101"), Unit("M3", OrgLevel.Manager, "SB0101"),
        Unit("BR09", OrgLevel.Branch, "HQ"), Unit("SB0901", OrgLevel.SubBranch, "BR09"), Unit("M9", OrgLevel.Manager, "SB0901"),
        Unit("BR12", OrgLevel.Branch, "HQ"),
    ]);

    [Fact]
    public void On_a_bank_wide_screen_branches_and_sub_branches_lead_then_severity_then_the_largest_lag()
    {
        // The engine's order is the org tree's: Beijing's managers first.
        var items = new[]
        {
            Item("M1", GuidanceSeverity.Warn, gap: -0.10), Item("M2", GuidanceSeverity.Warn, gap: -0.12),
            Item("M3", GuidanceSeverity.Warn, gap: -0.11), Item("SB0901", GuidanceSeverity.Warn, gap: -0.08),
            Item("M9", GuidanceSeverity.Warn, gap: -0.30), Item("BR12", GuidanceSeverity.Warn, gap: -0.06),
            Item("M9", GuidanceSeverity.Critical, gap: -0.02),
        };

        var order = HelpListOrder.Arrange(items, Org.Find("HQ")!).Select(i => i.Unit.Code).ToList();

        Assert.Equal(["SB0901", "BR12", "M9", "M9", "M2", "M3", "M1"], order);
        Assert.Equal(GuidanceSeverity.Critical, HelpListOrder.Arrange(items, Org.Find("HQ")!).ElementAt(2).Severity);
    }

    [Fact]
    public void One_branch_takes_at_most_two_leading_places_of_a_severity()
    {
        var items = new[]
        {
            Item("M1", GuidanceSeverity.Warn, gap: -0.40), Item("M2", GuidanceSeverity.Warn, gap: -0.39),
            Item("M3", GuidanceSeverity.Warn, gap: -0.38), Item("M9", GuidanceSeverity.Warn, gap: -0.05),
        };

        var order = HelpListOrder.Arrange(items, Org.Find("HQ")!).Select(i => i.Unit.Code).ToList();

        Assert.Equal(["M1", "M2", "M9", "M3"], order);
    }

    [Fact]
    public void On_a_branch_screen_the_cap_is_per_sub_branch_and_items_without_a_gap_follow()
    {
        var items = new[]
        {
            Item("M1", GuidanceSeverity.Warn, gap: null), Item("M2", GuidanceSeverity.Warn, gap: -0.2),
            Item("SB0101", GuidanceSeverity.Warn, gap: -0.01), Item("M3", GuidanceSeverity.Critical, gap: -0.05),
        };

        var order = HelpListOrder.Arrange(items, Org.Find("BR01")!).Select(i => i.Unit.Code).ToList();

        // Below the bank, severity comes first: a critical manager leads a sub-branch's warning.
        Assert.Equal(["M3", "SB0101", "M2", "M1"], order);
    }

    private static OrgUnit Unit(string code, OrgLevel level, string? parent) =>
        new() { Code = code, Name = code, Level = level, ParentCode = parent, PeerGroup = "A" };

    private static GuidanceItem Item(string unit, GuidanceSeverity severity, double? gap)
    {
        var figures = new GuidanceFigures();
        if (gap is { } g)
        {
            figures.Add("completion", 0.5 + g).Add("timeProgress", 0.5);
        }

        var text = new LocalizedText(unit, unit);
        return new GuidanceItem(Org.Find(unit)!, GuidanceKind.PaceLag, severity, null, "t", figures, text, text, null, [], []);
    }
}
