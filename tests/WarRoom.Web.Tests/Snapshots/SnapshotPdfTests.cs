using System.Net;
using UglyToad.PdfPig;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>The PDF export read back with PdfPig: A4 landscape, every page headed, tables over many pages, Chinese text as text.</summary>
public sealed class SnapshotPdfTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [CjkFontFact]
    public async Task Every_page_says_what_and_as_of_when_and_the_chinese_names_are_in_the_text()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "BR01", "2027-W08 周例会");

        using var pdf = PdfDocument.Open(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "pdf"));

        Assert.True(pdf.NumberOfPages > 1, $"the manager table should run over several pages, got {pdf.NumberOfPages}");
        var texts = pdf.GetPages().Select(p => (p.Number, p.Width, p.Height, p.Text)).ToList();
        Assert.All(texts, page =>
        {
            Assert.Equal(842, page.Width, 0);
            Assert.Equal(595, page.Height, 0);
            Assert.Contains("2027 开门红 · 周例会快照", page.Text);
            Assert.Contains("2027-W08 周例会", page.Text);
            Assert.Contains("截至 2027-02-22 10:00 (Asia/Shanghai)", page.Text);
            Assert.Contains($"第 {page.Number} / {texts.Count} 页", page.Text);
        });
        var all = string.Concat(texts.Select(t => t.Text));
        var units = snapshot["levels"]!.AsArray().SelectMany(l => l!["rows"]!.AsArray()).Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.All(units, name => Assert.Contains(name, all));
        Assert.Matches(@"客户经理排名（共 \d+ 个，按综合得分）（续）", all);
        Assert.DoesNotContain("指引引擎尚未接入", all);
        Assert.NotEmpty(snapshot["guidance"]!["items"]!.AsArray());
        Assert.Contains("业务指引", all);
    }

    [CjkFontFact]
    public async Task Level_narrows_the_pdf_to_one_ranking_table()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "HQ", "分行版");

        using var pdf = PdfDocument.Open(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "pdf", "branch"));

        var all = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("分行排名（共 12 个，按综合得分）", all);
        Assert.DoesNotContain("客户经理排名", all);
        Assert.All(snapshot["levels"]![0]!["rows"]!.AsArray(), r => Assert.Contains(r!["name"]!.GetValue<string>(), all));
    }

    [Fact]
    public async Task Without_a_usable_font_the_answer_is_501_naming_the_reason()
    {
        await using var bare = WarRoomAppFactory.With(overrides: new Dictionary<string, string?> { ["WarRoom:Snapshots:PdfFont"] = "/nonexistent/font.ttc" });
        await bare.WaitUntilReadyAsync();
        var client = bare.ClientWith(WarRoomAppFactory.LeaderToken);
        var snapshot = await SnapshotApi.TakeOkAsync(client, "SB0101", "无字体");

        var problem = await SnapshotApi.ProblemAsync(await client.GetAsync($"/api/v1/snapshots/{snapshot.Id()}/export?format=pdf"), HttpStatusCode.NotImplemented);

        Assert.Contains("WarRoom:Snapshots:PdfFont '/nonexistent/font.ttc' does not exist", problem["detail"]!.GetValue<string>());
    }
}
