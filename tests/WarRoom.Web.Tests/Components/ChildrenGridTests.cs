using System.Security.Claims;
using Bunit;
using WarRoom.Core.Org;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The unit page's ranking grid on the circuit: rows come as shared HTML (one string per page of the view), sorting,
/// paging, page size and the column picker redraw in place and hand the new view to the page for the address.
/// </summary>
public sealed class ChildrenGridTests : ChildrenGridContext
{
    [Fact]
    public void The_first_page_shows_twenty_rows_in_rank_order_and_the_pager_counts_every_row()
    {
        var grid = Render(Table(45), GridView.From(new ChildrenView(), null, null, null));

        grid.WaitForAssertion(() => Assert.Equal(Enumerable.Range(1, 20).Select(Code), Units(grid)));
        Assert.Equal("第 1 / 3 页（共 45 行）", grid.Find(".ranking-pager .grid-pager-summary").TextContent);
        Assert.True(grid.Find(".ranking-pager .grid-pager-prev").HasAttribute("disabled"));
    }

    [Fact]
    public void Next_page_and_a_sort_redraw_in_place_and_report_the_view()
    {
        var grid = Render(Table(45), GridView.From(new ChildrenView(), null, null, null));

        grid.WaitForAssertion(() => Assert.Equal(20, Units(grid).Count));
        grid.Find(".ranking-pager .grid-pager-next").Click();
        grid.WaitForAssertion(() => Assert.Equal(Enumerable.Range(21, 20).Select(Code), Units(grid)));
        Assert.Equal(2, Moves[^1].Page);

        grid.Find("th.col-completion .sort-title").Click();
        Assert.Equal(("completion", false, 1), (Moves[^1].Sort, Moves[^1].Descending, Moves[^1].Page));
        Assert.Equal("ascending", grid.Find("th.col-completion").GetAttribute("aria-sort"));
        // Completion falls with the rank in Table(): ascending puts the last unit first.
        grid.WaitForAssertion(() => Assert.Equal(Code(45), Units(grid)[0]));
    }

    [Fact]
    public void Page_size_and_the_column_picker_change_rows_and_columns()
    {
        var grid = Render(Table(45), GridView.From(new ChildrenView(), null, null, null));

        grid.WaitForAssertion(() => Assert.Equal(20, Units(grid).Count));
        grid.Find(".ranking-pager .grid-pager-size select").Change("50");
        grid.WaitForAssertion(() => Assert.Equal(45, Units(grid).Count));

        grid.Find(".column-picker summary").Click();
        grid.Find(".column-picker input[value=peer]").Change(false);
        grid.WaitForAssertion(() => Assert.Empty(grid.FindAll("td.col-peer")));
        Assert.Contains("peer", Moves[^1].Hidden);
        Assert.Empty(grid.FindAll("th.col-peer"));
    }

    [Fact]
    public void Forecast_and_last_year_are_columns_that_sort_and_can_be_hidden()
    {
        var grid = Render(Table(45), GridView.From(new ChildrenView(), null, null, null));

        grid.WaitForAssertion(() => Assert.Equal(20, Units(grid).Count));
        Assert.Equal(["预计完成", "同比"], grid.FindAll("th.col-forecast, th.col-lastYear").Select(th => th.TextContent.Trim()));
        Assert.Equal("98.0%", grid.Find("tr[data-unit=SB0102] td.col-forecast").TextContent.Trim());
        Assert.Equal("—", grid.Find("tr[data-unit=SB0103] td.col-lastYear").TextContent.Trim());

        // The forecast rises down the ranks in Table() and last year falls: no figure goes last either way.
        grid.Find("th.col-forecast .sort-title").Click();
        grid.Find("th.col-forecast .sort-title").Click();
        Assert.Equal(("forecast", true), (Moves[^1].Sort, Moves[^1].Descending));
        grid.WaitForAssertion(() => Assert.Equal(Code(45), Units(grid)[0]));
        grid.Find("th.col-lastYear .sort-title").Click();
        grid.WaitForAssertion(() => Assert.Equal(Code(44), Units(grid)[0]));
        Assert.Equal(("lastYear", false), (Moves[^1].Sort, Moves[^1].Descending));

        grid.Find(".column-picker summary").Click();
        grid.Find(".column-picker input[value=lastYear]").Change(false);
        grid.WaitForAssertion(() => Assert.Empty(grid.FindAll("td.col-lastYear")));
        Assert.Contains("lastYear", Moves[^1].Hidden);
        Assert.NotEmpty(grid.FindAll("td.col-forecast"));
    }

    [Fact]
    public void In_english_the_columns_are_forecast_and_last_year()
    {
        var grid = Render<ChildrenGrid>(p => p
            .Add(x => x.Table, Table(3))
            .Add(x => x.Kpis, [])
            .Add(x => x.View, GridView.From(new ChildrenView(), null, null, null))
            .AddCascadingValue(new Desk(new UiLanguage("en"), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));

        grid.WaitForAssertion(() => Assert.Equal(["Forecast", "Last year"], grid.FindAll("th.col-forecast, th.col-lastYear").Select(th => th.TextContent.Trim())));
    }

    [Fact]
    public void Export_links_carry_the_view_and_its_order()
    {
        var view = new ChildrenView(Metric: "deposit_new");
        var grid = Render(Table(3, view), GridView.From(view, null, null, null) with { Sort = "pace", Descending = true });

        Assert.Equal("/units/BR01/children.csv?metric=deposit_new&sort=pace&dir=desc", grid.Find("a.export-csv").GetAttribute("href"));
        Assert.Equal("/units/BR01/children.xlsx?metric=deposit_new&sort=pace&dir=desc", grid.Find("a.export-xlsx").GetAttribute("href"));
    }
}
