using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Live;

/// <summary>/boards/{id}: the current state rendered into the page, for the viewer's scope only.</summary>
public sealed class BoardPageTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_kiosk_gets_the_board_with_its_state_embedded_in_chinese_and_no_chrome()
    {
        using var client = server.Client();
        var html = await client.GetStringAsync($"/boards/hq?token={WarRoomAppFactory.KioskToken}");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("input, button, select, textarea, form, nav, header.site-header"));
        Assert.Contains(document.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "/css/board.css");
        Assert.Equal(["/lib/signalr.min.js", "/lib/echarts.min.js", "/js/board.js"], document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
        var state = JsonSerializer.Deserialize<BoardState>(document.QuerySelector("script#board-state")!.TextContent, BoardJson.Options)!;
        Assert.Equal("hq", state.Board.Id);
        Assert.Equal("zh", state.Lang);
        Assert.Equal("/hubs/warroom", state.Hub);
        Assert.Equal(3, state.Payload.Frames.Count);
        Assert.All(state.Payload.Frames, f => Assert.Equal(state.Board.Pages[f.Page].Widgets.Select(w => w.Id).Order(), f.Widgets.Keys.Order()));
    }

    [Theory]
    [InlineData("?lang=en", null, "en")]
    [InlineData("", "en-US,en;q=0.9", "en")]
    [InlineData("", "zh-CN,zh;q=0.9,en;q=0.8", "zh")]
    [InlineData("?lang=zh", "en-US", "zh")]
    public async Task The_language_comes_from_the_query_or_the_browser(string query, string? acceptLanguage, string expected)
    {
        using var client = server.Client(WarRoomAppFactory.KioskToken);
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var html = await client.GetStringAsync("/boards/branch" + query);
        var state = new HtmlParser().ParseDocument(html).QuerySelector("script#board-state")!.TextContent;

        Assert.Equal(expected, JsonDocument.Parse(state).RootElement.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task An_unknown_board_is_404()
    {
        using var client = server.Client(WarRoomAppFactory.KioskToken);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/boards/no-such-board")).StatusCode);
    }

    [Fact]
    public async Task A_board_outside_the_viewer_scope_is_403_and_shows_no_data()
    {
        using var client = server.Client(LiveServer.KioskBr01Token);
        var response = await client.GetAsync("/boards/hq");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("board-state", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_people_are_sent_to_sign_in_and_a_wrong_token_is_401()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var redirected = await anonymous.GetAsync("/boards/hq");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/login?ReturnUrl=", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/boards/hq?token=wrong-token-0123456789")).StatusCode);
    }
}
