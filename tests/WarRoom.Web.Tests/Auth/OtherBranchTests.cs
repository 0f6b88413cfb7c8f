using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WarRoom.Core.Org;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Auth;

/// <summary>
/// A branch head looking for another branch's figures through every way in — lists, rankings, filters, search, pages,
/// links and CSV — finds nothing of it. (Naming the other branch directly is refused; see the access matrix.)
/// </summary>
[Collection(SignedInCollection.Name)]
public sealed class OtherBranchTests(SignedInApp app)
{
    public static TheoryData<string, string, string> Heads() => new()
    {
        { "branch_head token BR02", "BR02", "BR01" },
        { "signed-in branch_head BR01", "BR01", "BR02" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public async Task Lists_and_rankings_hold_only_the_own_branch(string caller, string own, string other)
    {
        var client = Client(caller);
        var org = await client.GetFromJsonAsync<JsonObject>("/api/v1/org");
        var lists = new List<string>(org!["units"]!.AsArray().Select(u => u!["code"]!.GetValue<string>()));
        foreach (var query in new[] { "", "?level=manager", "?level=manager&peerGroup=A", "?level=manager&basis=pace&window=today" })
        {
            var ranking = await client.GetFromJsonAsync<JsonObject>("/api/v1/rankings" + query);
            lists.AddRange(ranking!["items"]!.AsArray().Select(i => i!["unit"]!.GetValue<string>()));
        }

        var boards = await client.GetFromJsonAsync<JsonObject>("/api/v1/boards");
        lists.AddRange(boards!["boards"]!.AsArray().Select(b => b!["scope"]!.GetValue<string>()));

        AssertOnlyWithin(own, lists, other);
    }

    [Theory]
    [MemberData(nameof(Heads))]
    public async Task Search_finds_nothing_of_the_other_branch_by_name_pinyin_or_code(string caller, string own, string other)
    {
        var client = Client(caller);
        var stranger = Stranger(own, other);
        var hits = new List<string>();
        foreach (var q in new[] { stranger.Name, stranger.NameEn!, stranger.Code, app.Org.Find(other)!.Name, "张", "M0" })
        {
            var page = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString(q));
            var found = page.QuerySelectorAll(".search-results li").Select(li => li.GetAttribute("data-unit")!).ToList();
            Assert.DoesNotContain(stranger.Code, found);
            hits.AddRange(found);
        }

        AssertOnlyWithin(own, hits, other);
    }

    [Theory]
    [MemberData(nameof(Heads))]
    public async Task The_own_branch_page_table_links_and_csv_hold_nothing_of_the_other(string caller, string own, string other)
    {
        var client = Client(caller);
        var page = await Html.GetAsync(client, $"/units/{own}?level=manager");
        var linked = page.QuerySelectorAll("a[href^='/units/']")
            .Select(a => a.GetAttribute("href")!["/units/".Length..].Split('?', '/')[0]).Where(c => c.Length > 0);
        AssertOnlyWithin(own, [.. Html.RowUnits(page), .. linked], other);

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/units/{own}/children.csv?level=manager"));
        var codes = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[2]).ToList();
        // A static page lists every row; the interactive grid its first page of them.
        Assert.Subset(codes.ToHashSet(), Html.RowUnits(page).ToHashSet());
        Assert.NotEmpty(Html.RowUnits(page));
        AssertOnlyWithin(own, codes, other);
        Assert.DoesNotContain(Stranger(own, other).Name, csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Heads))]
    public async Task A_filter_naming_someone_of_the_other_branch_finds_no_row(string caller, string own, string other)
    {
        var stranger = Stranger(own, other);
        foreach (var q in new[] { stranger.Name, stranger.NameEn!, stranger.Code })
        {
            var page = await Html.GetAsync(Client(caller), $"/units/{own}?level=manager&q={Uri.EscapeDataString(q)}");

            Assert.Empty(Html.RowUnits(page));
        }
    }

    /// <summary>A manager of the other branch whose name no one in the own branch shares (Chinese names repeat).</summary>
    private OrgUnit Stranger(string own, string other)
    {
        var ownNames = app.Org.UnitsAt(OrgLevel.Manager, app.Org.Find(own)!).Select(u => u.Name).ToHashSet();
        return app.Org.UnitsAt(OrgLevel.Manager, app.Org.Find(other)!).First(u => !ownNames.Contains(u.Name));
    }

    private HttpClient Client(string caller) => app.Client(Caller.All.Single(c => c.Name == caller));

    private void AssertOnlyWithin(string own, IEnumerable<string> codes, string other)
    {
        var scope = app.Org.Find(own)!;
        var list = codes.ToList();
        Assert.NotEmpty(list);
        Assert.All(list, code => Assert.True(app.Org.Find(code)!.IsWithin(scope), $"{code} is outside {own} (the other branch is {other})"));
    }
}
