using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Web.Features.Snapshots.Storage;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>/snapshots: the list with downloads, the take form (leaders and branch heads only, antiforgery), compare by GET.</summary>
public sealed class SnapshotsPageTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public async Task A_leader_sees_the_list_with_download_links_and_the_take_form()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), "BR01", "页面列表");

        var page = await PageAsync(Client(WarRoomAppFactory.LeaderToken), "/snapshots");

        var row = page.QuerySelectorAll("table.snapshot-list tbody tr").Single(r => r.QuerySelector("td")!.TextContent == snapshot.Id().ToString());
        Assert.Contains("页面列表", row.TextContent);
        Assert.Contains("北京分行", row.TextContent);
        Assert.Equal(
            new[] { "xlsx", "csv", "pdf", "png" }.Select(f => $"/api/v1/snapshots/{snapshot.Id()}/export?format={f}"),
            row.QuerySelectorAll("td.downloads a").Select(a => a.GetAttribute("href")));
        var form = page.QuerySelector("form[method=post]")!;
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Contains(form.QuerySelectorAll("select[name='Form.Scope'] option"), o => o.GetAttribute("value") == "SB0101");
        Assert.Equal("2027-W08 周例会", form.QuerySelector("input[name='Form.Label']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_reader_gets_no_take_form_and_only_snapshots_inside_their_branch()
    {
        var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var bank = await SnapshotApi.TakeOkAsync(leader, "HQ", "全行页面");
        var beijing = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京页面");

        var page = await PageAsync(Client(WarRoomAppFactory.ReaderBr01Token), "/snapshots?lang=en");

        Assert.Null(page.QuerySelector("form[method=post]"));
        Assert.Equal("Weekly review snapshots", page.QuerySelector("h1")!.TextContent);
        var ids = page.QuerySelectorAll("table.snapshot-list tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains(beijing.Id().ToString(), ids);
        Assert.DoesNotContain(bank.Id().ToString(), ids);
    }

    [Fact]
    public async Task The_form_takes_a_snapshot_with_the_antiforgery_token_and_redirects_to_the_list()
    {
        var client = Client(WarRoomAppFactory.BranchHeadBr02Token);
        var page = await PageAsync(client, "/snapshots");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/snapshots", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "take-snapshot", ["__RequestVerificationToken"] = token, ["Form.Scope"] = "SB0201", ["Form.Label"] = "浦东支行周会",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split("taken=")[1]);
        var stored = app.Services.GetRequiredService<SnapshotStore>().Get(id)!;
        Assert.Equal(("浦东支行周会", "SB0201", "br02head"), (stored.Label, stored.Scope.Code, stored.TakenBy));

        var refused = await client.PostAsync("/snapshots", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "take-snapshot", ["Form.Scope"] = "SB0201", ["Form.Label"] = "无令牌",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Compare_is_a_get_form_whose_answer_shows_movers_and_refusals()
    {
        var leader = app.ClientWith(WarRoomAppFactory.LeaderToken);
        var w7 = await SnapshotApi.TakeOkAsync(leader, "BR02", "第7周");
        var w8 = await SnapshotApi.TakeOkAsync(leader, "BR02", "第8周");
        var other = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京");

        var page = await PageAsync(Client(WarRoomAppFactory.LeaderToken), $"/snapshots?from={w7.Id()}&to={w8.Id()}");
        var section = page.QuerySelector("section.snapshot-compare")!;
        Assert.Contains($"#{w7.Id()} 第7周 → #{w8.Id()} 第8周", section.TextContent);
        Assert.Contains("进步最大", section.TextContent);
        Assert.Contains("新增存款", section.TextContent);
        Assert.Equal("get", section.QuerySelector("form")!.GetAttribute("method"));

        var refused = await PageAsync(Client(WarRoomAppFactory.LeaderToken), $"/snapshots?from={w7.Id()}&to={other.Id()}");
        Assert.Contains("compare snapshots of the same scope", refused.QuerySelector("section.snapshot-compare .error")!.TextContent);
    }

    [Fact]
    public async Task A_snapshot_has_its_own_page_with_totals_every_level_and_its_guidance()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), "BR01", "单页快照");

        var page = await PageAsync(Client(WarRoomAppFactory.LeaderToken), $"/snapshots/{snapshot.Id()}");

        Assert.Contains($"#{snapshot.Id()} 单页快照", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["subbranch", "manager"], page.QuerySelectorAll("section.snapshot-level").Select(s => s.GetAttribute("data-level")));
        Assert.Contains("新增存款", page.QuerySelector("section.snapshot-totals")!.TextContent);
        Assert.NotNull(page.QuerySelector("section.guidance"));
        var list = await PageAsync(Client(WarRoomAppFactory.LeaderToken), "/snapshots");
        Assert.Contains(list.QuerySelectorAll("table.snapshot-list a"), a => a.GetAttribute("href")!.StartsWith($"/snapshots/{snapshot.Id()}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_snapshot_outside_the_readers_scope_or_unknown_is_refused_on_its_page()
    {
        var other = await SnapshotApi.TakeOkAsync(app.ClientWith(WarRoomAppFactory.LeaderToken), "BR02", "上海");

        Assert.Equal(HttpStatusCode.Forbidden, (await Client(WarRoomAppFactory.ReaderBr01Token).GetAsync($"/snapshots/{other.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(WarRoomAppFactory.LeaderToken).GetAsync("/snapshots/98765432")).StatusCode);
    }

    private HttpClient Client(string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {html}");
        return new HtmlParser().ParseDocument(html);
    }
}
