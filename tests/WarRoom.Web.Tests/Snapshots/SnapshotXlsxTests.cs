using DocumentFormat.OpenXml.Spreadsheet;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>The XLSX export read back with OpenXml: sheets, Chinese headers, the snapshot's figures, number formats, frozen header.</summary>
public sealed class SnapshotXlsxTests(SnapshotFixture app) : IClassFixture<SnapshotFixture>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task The_workbook_has_a_summary_a_sheet_per_level_and_a_guidance_sheet()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader);
        using var xlsx = new XlsxReader(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "xlsx"));

        Assert.Equal(["概览", "分行排名", "支行排名", "客户经理排名", "业务指引"], xlsx.SheetNames);
        Assert.Equal("2027 开门红 · 周例会快照", xlsx.Text(xlsx.Cell("概览", "A1")));
        var progress = xlsx.Rows("概览").SelectMany(r => r.Elements<Cell>()).First(c => xlsx.Text(c) == "时间进度");
        var value = xlsx.Cell("概览", "B" + progress.CellReference!.Value![1..]);
        Assert.Equal(snapshot["timeProgress"]!.GetValue<double>(), xlsx.Number(value));
        Assert.Equal("0.00%", xlsx.FormatCode(value));
        // Days left say what they count: the campaign counts working days.
        var days = xlsx.Rows("概览").SelectMany(r => r.Elements<Cell>()).First(c => xlsx.Text(c).StartsWith("剩余", StringComparison.Ordinal));
        Assert.Equal("剩余工作日", xlsx.Text(days));
        Assert.Equal(snapshot["daysLeft"]!.GetValue<int>(), xlsx.Number(xlsx.Cell("概览", "B" + days.CellReference!.Value![1..])));
        Assert.Equal(["严重程度", "机构代码", "机构名称", "类型", "指标", "提示", "建议行动", "依据数据"], xlsx.Rows("业务指引")[0].Elements<Cell>().Select(xlsx.Text));
        var guidance = snapshot["guidance"]!["items"]!.AsArray();
        Assert.NotEmpty(guidance);
        Assert.Equal(guidance.Count + 1, xlsx.Rows("业务指引").Count);
        Assert.Equal(guidance[0]!["unit"]!.GetValue<string>(), xlsx.Text(xlsx.Cell("业务指引", "B2")));
        Assert.Equal(guidance[0]!["message"]!["zh"]!.GetValue<string>(), xlsx.Text(xlsx.Cell("业务指引", "F2")));
    }

    [Fact]
    public async Task A_level_sheet_holds_every_unit_with_its_figures_number_formats_and_a_frozen_header()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader);
        using var xlsx = new XlsxReader(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "xlsx"));
        const string sheet = "分行排名";
        var branches = snapshot["levels"]![0]!["rows"]!.AsArray();

        var rows = xlsx.Rows(sheet);
        Assert.Equal(branches.Count + 1, rows.Count);
        Assert.Equal(["排名", "排名变动", "代码", "名称", "上级", "同类组", "综合得分", "综合进度差"], rows[0].Elements<Cell>().Take(8).Select(xlsx.Text));
        for (var i = 0; i < branches.Count; i++)
        {
            var row = branches[i]!;
            var r = (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var deposits = row["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "deposit_new")!;
            Assert.Equal(row["name"]!.GetValue<string>(), xlsx.Text(xlsx.Cell(sheet, "D" + r)));
            Assert.Equal("总行", xlsx.Text(xlsx.Cell(sheet, "E" + r)));
            Assert.Equal(row["composite"]!["score"]!.GetValue<double>(), xlsx.Number(xlsx.Cell(sheet, "G" + r)));
            Assert.Equal(deposits["value"]!.GetValue<double>(), xlsx.Number(xlsx.Cell(sheet, xlsx.Column(sheet, "新增存款完成值(万元)") + r)));
            Assert.Equal(deposits["completion"]!.GetValue<double>(), xlsx.Number(xlsx.Cell(sheet, xlsx.Column(sheet, "新增存款完成率") + r)));
        }

        Assert.Equal("#,##0.00", xlsx.FormatCode(xlsx.Cell(sheet, xlsx.Column(sheet, "新增存款完成值(万元)") + "2")));
        Assert.Equal("#,##0", xlsx.FormatCode(xlsx.Cell(sheet, xlsx.Column(sheet, "新增有效客户完成值(户)") + "2")));
        Assert.Equal("0.00%", xlsx.FormatCode(xlsx.Cell(sheet, xlsx.Column(sheet, "新增存款完成率") + "2")));
        Assert.Equal("+0.00%;-0.00%;0.00%", xlsx.FormatCode(xlsx.Cell(sheet, xlsx.Column(sheet, "新增存款进度差") + "2")));
        Assert.Equal("0.00", xlsx.FormatCode(xlsx.Cell(sheet, "G2")));
        Assert.Equal("+0;-0;0", xlsx.FormatCode(xlsx.Cell(sheet, "B2")));

        var pane = xlsx.Sheet(sheet).Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("E2", pane.TopLeftCell!.Value);
        var widths = xlsx.Sheet(sheet).Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        Assert.Equal(rows[0].Elements<Cell>().Count(), widths.Count);
        Assert.True(widths[4] > widths[1], $"the name column ({widths[4]}) should be wider than the rank column ({widths[1]})");
        Assert.All(widths.Values, w => Assert.InRange(w, 6, 62));
    }

    [Fact]
    public async Task Manager_sheet_lists_every_manager_with_their_sub_branch_by_name()
    {
        var snapshot = await SnapshotApi.TakeOkAsync(leader, "BR01", "北京分行");
        using var xlsx = new XlsxReader(await SnapshotApi.ExportAsync(leader, snapshot.Id(), "xlsx"));

        var managers = snapshot["levels"]!.AsArray().Single(l => l!["level"]!.GetValue<string>() == "manager")!["rows"]!.AsArray();
        var rows = xlsx.Rows("客户经理排名");
        Assert.Equal(managers.Count + 1, rows.Count);
        var first = managers[0]!;
        Assert.Equal(first["name"]!.GetValue<string>(), xlsx.Text(xlsx.Cell("客户经理排名", "D2")));
        Assert.EndsWith("支行", xlsx.Text(xlsx.Cell("客户经理排名", "E2")));
    }
}
