using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core.Org;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The grid and the address after a click: the page draws the grid again at once with the address it still has
/// (the callback re-renders it; the new address comes back from the browser later). The grid keeps the page it
/// moved to until then, and follows the address only when the address itself moves.
/// </summary>
public sealed class ChildrenGridAddressTests : BunitContext
{
    private readonly List<GridView> moves = [];

    public ChildrenGridAddressTests()
    {
        Services.AddLogging();
        Services.AddSingleton<SharedHtml>();
    }

    [Fact]
    public void A_page_moved_to_stays_while_the_old_address_is_drawn_again_and_the_address_still_leads()
    {
        var table = Table(45);
        var address = GridView.From(new ChildrenView(), null, null, null);
        var grid = Render<ChildrenGrid>(p => p
            .Add(x => x.Table, table)
            .Add(x => x.Kpis, [])
            .Add(x => x.View, address)
            .Add(x => x.ViewChanged, v => moves.Add(v))
            .AddCascadingValue(new Desk(new UiLanguage("zh"), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));
        grid.WaitForAssertion(() => Assert.Equal(Code(1), Units(grid)[0]));

        grid.Find(".ranking-pager .grid-pager-next").Click();
        grid.Render(p => p.Add(x => x.View, address));
        Assert.Equal(Code(21), Units(grid)[0]);
        Assert.Equal("2", grid.Find(".ranking-grid").GetAttribute("data-page"));

        // The new address arrives, then a link back to the first page: the grid follows the address.
        grid.Render(p => p.Add(x => x.View, moves[^1]));
        Assert.Equal(Code(21), Units(grid)[0]);
        grid.Render(p => p.Add(x => x.View, address with { }));
        grid.WaitForAssertion(() => Assert.Equal(Code(1), Units(grid)[0]));
    }

    private static List<string> Units(IRenderedComponent<ChildrenGrid> grid) =>
        [.. grid.FindAll(".ranking-grid tbody tr").Select(tr => tr.GetAttribute("data-unit")!)];

    private static string Code(int i) => $"SB01{i:00}";

    private static ChildrenTable Table(int count)
    {
        var rows = Enumerable.Range(1, count)
            .Select(i => new RankingRowDto(i, Code(i), "支行" + i, "Sub-branch " + i, "BR01", "A", 100 - i, 100, (100 - i) / 100.0, 0.01 * (50 - i), 100 - i, 0, null, null))
            .ToList();
        var ranking = new RankingDto(DateTimeOffset.Parse("2027-02-22T10:00:00+08:00"), "subbranch", "deposit_new", "completion", "BR01", "campaign", 0.5, 0.5, count, rows);
        return new ChildrenTable("BR01", new ChildrenView(), ranking, rows, ["subbranch", "manager"], ["A"]);
    }
}
