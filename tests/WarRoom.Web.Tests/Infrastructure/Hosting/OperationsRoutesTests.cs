using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WarRoom.Web.Tests.Infrastructure.Hosting;

/// <summary>What a browser and an operator ask of every page besides the pages: the icon, unknown files, the briefing list, kiosk links.</summary>
public sealed class OperationsRoutesTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>
{
    [Fact]
    public async Task The_favicon_is_served_and_every_page_names_it()
    {
        using var client = app.CreateClient();

        var icon = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]);
        var page = await Html.GetAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), "/");
        Assert.Equal("/favicon.ico", page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_missing_static_file_is_a_404_not_an_empty_200()
    {
        using var client = app.CreateClient();

        foreach (var path in new[] { "/css/no-such-file.css", "/js/board/no-such-module.js", "/lib/no-such-library.js" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_briefing_list_names_each_briefing_the_caller_may_read()
    {
        var reader = app.ClientWith(WarRoomAppFactory.ReaderBr01Token);

        var list = await reader.GetFromJsonAsync<JsonObject>("/api/v1/briefings");

        var items = list!["items"]!.AsArray();
        Assert.Equal("BR01", items[0]!["unit"]!.GetValue<string>());
        Assert.All(items, i => Assert.Matches("^(BR01|SB01[0-9]+)$", i!["unit"]!.GetValue<string>()));
        Assert.All(items, i => Assert.Contains(i!["level"]!.GetValue<string>(), new[] { "branch", "subbranch" }));
        Assert.Equal("2027-02-22", list["today"]!.GetValue<string>());
        var href = items[1]!["href"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/briefings")).StatusCode);
    }

    [Fact]
    public async Task A_kiosk_opening_the_home_page_with_its_token_keeps_the_token_on_every_link()
    {
        using var kiosk = app.CreateClient(new() { AllowAutoRedirect = false });

        var page = await Html.GetAsync(kiosk, $"/?token={WarRoomAppFactory.KioskToken}");

        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Contains($"token={WarRoomAppFactory.KioskToken}", href, StringComparison.Ordinal));
        var board = links.First(h => h.StartsWith("/boards/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync(board)).StatusCode);
    }
}
