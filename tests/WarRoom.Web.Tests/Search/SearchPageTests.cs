using WarRoom.Web.Tests.Auth;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Search;

/// <summary>/search finds units and managers by Chinese name, pinyin or code, best match first, inside the viewer's scope.</summary>
[Collection(SignedInCollection.Name)]
public sealed class SearchPageTests(SignedInApp app)
{
    [Theory]
    [InlineData("贺雅薇", "M00001")]
    [InlineData("He Yawei", "M00001")]
    [InlineData("heyawei", "M00001")]
    [InlineData("m00001", "M00001")]
    [InlineData("SB0101", "SB0101")]
    [InlineData("北京朝阳", "SB0101")]
    [InlineData("Beijing Chaoyang", "SB0101")]
    public async Task The_best_match_comes_first_and_links_to_its_page(string q, string code)
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), "/search?q=" + Uri.EscapeDataString(q));
        var first = page.QuerySelector(".search-results li")!;

        Assert.Equal(code, first.GetAttribute("data-unit"));
        Assert.Equal("/units/" + code, first.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_hit_shows_where_it_sits_so_two_people_of_one_name_can_be_told_apart()
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), "/search?q=M00001");

        Assert.Equal("北京分行 › 北京朝阳支行", page.QuerySelector(".search-results li .search-path")!.TextContent);
    }

    [Fact]
    public async Task A_partial_name_lists_every_match_in_scope_up_to_the_limit()
    {
        var page = await Html.GetAsync(app.Client(Caller.UserBranchHeadBr01), "/search?q=" + Uri.EscapeDataString("北京"));
        var hits = page.QuerySelectorAll(".search-results li").Select(li => li.GetAttribute("data-unit")!).ToList();
        var expected = app.Org.Units.Where(u => u.IsWithin(app.Org.Find("BR01")!) && u.Name.Contains("北京", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected.Count, hits.Count);
        Assert.Equal("BR01", hits[0]);
    }

    [Fact]
    public async Task A_manager_finds_only_themselves()
    {
        var client = app.Client(Caller.UserManagerM00001);
        var self = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString("贺雅薇"));
        var colleague = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString(app.Org.Find("M00002")!.Name));
        var everyone = await Html.GetAsync(client, "/search?q=M0");

        Assert.Equal(["M00001"], self.QuerySelectorAll(".search-results li").Select(li => li.GetAttribute("data-unit")));
        Assert.Empty(colleague.QuerySelectorAll(".search-results li"));
        Assert.Equal(["M00001"], everyone.QuerySelectorAll(".search-results li").Select(li => li.GetAttribute("data-unit")));
    }

    [Fact]
    public async Task Without_a_query_there_is_only_the_form()
    {
        var page = await Html.GetAsync(app.Client(Caller.LeaderHq), "/search");

        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
        Assert.Null(page.QuerySelector(".search-results"));
    }
}
