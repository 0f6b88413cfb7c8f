using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Features.DrillDown;

namespace WarRoom.Web.Tests.Components;

/// <summary>The ranking grid's state in the address: what a link says is what the grid shows, and defaults stay out of it.</summary>
public sealed class GridViewTests
{
    [Fact]
    public void The_default_view_adds_nothing_to_the_address()
    {
        var grid = GridView.From(new ChildrenView(), null, null, null);

        Assert.Equal(("rank", false, 1, GridView.DefaultSize), (grid.Sort, grid.Descending, grid.Page, grid.Size));
        Assert.All(grid.QueryPairs(), p => Assert.Null(p.Value));
    }

    [Fact]
    public void A_view_read_from_the_address_writes_the_same_address()
    {
        var grid = GridView.From(new ChildrenView(Sort: "pace", Dir: "asc"), "3", "50", "peer, change");

        Assert.Equal(
            [("sort", "pace"), ("dir", "asc"), ("page", "3"), ("size", "50"), ("hide", "change,peer")],
            grid.QueryPairs().Select(p => (p.Key, p.Value)));
    }

    [Theory]
    [InlineData("0", "20", 1, 20)]
    [InlineData("-2", "7", 1, 20)]
    [InlineData("x", "100", 1, 100)]
    [InlineData("99999999999", "1000000", 1, 20)]
    public void A_page_or_size_that_makes_no_sense_falls_back_to_the_default(string page, string size, int expectedPage, int expectedSize)
    {
        var grid = GridView.From(new ChildrenView(), page, size, null);

        Assert.Equal((expectedPage, expectedSize), (grid.Page, grid.Size));
    }

    [Fact]
    public void A_slice_is_the_rows_of_the_page()
    {
        var grid = GridView.From(new ChildrenView(), "2", "10", null);

        Assert.Equal(Enumerable.Range(11, 10), grid.Slice(Enumerable.Range(1, 25).ToList()));
        Assert.Equal([21, 22, 23, 24, 25], (grid with { Page = 3 }).Slice(Enumerable.Range(1, 25).ToList()));
    }
}
