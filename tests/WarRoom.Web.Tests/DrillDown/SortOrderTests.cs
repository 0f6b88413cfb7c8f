using System.Globalization;
using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.DrillDown;

/// <summary>The table follows ?sort=&amp;dir= for every column, missing figures last, and its headers link to the next order.</summary>
[Collection(SignedInCollection.Name)]
public sealed class SortOrderTests(SignedInApp app)
{
    private const string View = "/units/BR01?level=manager&metric=deposit_new&basis=completion";

    [Theory]
    [InlineData("value", "desc")]
    [InlineData("value", "asc")]
    [InlineData("completion", "desc")]
    [InlineData("pace", "asc")]
    [InlineData("target", "desc")]
    [InlineData("change", "desc")]
    [InlineData("rank", "desc")]
    [InlineData("rank", "asc")]
    public async Task Rows_follow_a_figure_column_in_the_asked_direction(string sort, string dir)
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), $"{View}&sort={sort}&dir={dir}");
        var figures = Html.Rows(page).Select(r => Html.Figure(r, sort)).ToList();
        var present = figures.TakeWhile(f => f is not null).Select(f => f!.Value).ToList();

        Assert.True(present.Count > 10, $"only {present.Count} rows with a {sort}");
        Assert.All(figures.Skip(present.Count), f => Assert.Null(f));
        Assert.Equal(dir == "desc" ? present.OrderDescending() : present.Order(), present);
        Assert.Equal(sort, page.QuerySelector("table.ranking")!.GetAttribute("data-sort"));
    }

    [Fact]
    public async Task Rows_follow_names_in_pinyin_order()
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), $"{View}&sort=name");
        var names = Html.Rows(page).Select(r => app.Org.Find(r.GetAttribute("data-unit")!)!.Name).ToList();
        var zh = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: true);

        Assert.Equal(names.Order(zh), names);
        Assert.NotEqual(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Without_a_sort_the_rows_are_in_rank_order()
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), View);
        var ranks = Html.Rows(page).Select(r => Html.Figure(r, "rank")!.Value).ToList();

        Assert.Equal(ranks.Order(), ranks);
    }

    [Fact]
    public async Task A_header_links_to_its_column_and_the_sorted_column_links_to_the_reverse_order()
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), $"{View}&sort=pace&dir=desc");
        var links = page.QuerySelectorAll("table.ranking th a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("/units/BR01?level=manager&metric=deposit_new&basis=completion&sort=pace&dir=asc", links);
        Assert.Contains("/units/BR01?level=manager&metric=deposit_new&basis=completion&sort=value&dir=desc", links);
        Assert.Contains("/units/BR01?level=manager&metric=deposit_new&basis=completion&sort=name&dir=asc", links);
        Assert.Equal("descending", page.QuerySelector("table.ranking th[aria-sort=descending]")?.GetAttribute("aria-sort"));
    }
}
