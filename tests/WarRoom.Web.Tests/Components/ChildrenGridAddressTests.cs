using Bunit;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Features.DrillDown;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The grid and the address after a click: the page draws the grid again at once with the address it still has
/// (the callback re-renders it; the new address comes back from the browser later). The grid keeps the page it
/// moved to until then, and follows the address only when the address itself moves.
/// </summary>
public sealed class ChildrenGridAddressTests : ChildrenGridContext
{
    [Fact]
    public void A_page_moved_to_stays_while_the_old_address_is_drawn_again_and_the_address_still_leads()
    {
        var table = Table(45);
        var address = GridView.From(new ChildrenView(), null, null, null);
        var grid = Render(table, address);
        grid.WaitForAssertion(() => Assert.Equal(Code(1), Units(grid)[0]));

        grid.Find(".ranking-pager .grid-pager-next").Click();
        grid.Render(p => p.Add(x => x.View, address));
        Assert.Equal(Code(21), Units(grid)[0]);
        Assert.Equal("2", grid.Find(".ranking-grid").GetAttribute("data-page"));

        // The new address arrives, then a link back to the first page: the grid follows the address.
        grid.Render(p => p.Add(x => x.View, Moves[^1]));
        Assert.Equal(Code(21), Units(grid)[0]);
        grid.Render(p => p.Add(x => x.View, address with { }));
        grid.WaitForAssertion(() => Assert.Equal(Code(1), Units(grid)[0]));
    }
}
