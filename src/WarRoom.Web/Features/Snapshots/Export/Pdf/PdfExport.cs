using System.Globalization;
using UglyToad.PdfPig.Writer;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// The printable snapshot: A4 landscape, every page headed with the title, label, scope and as-of. It opens with the
/// time progress and the scope's totals per KPI, then one ranking table per level (rank, movement, composite score
/// and pace, and each KPI's completion — the full figures are in the XLSX), then the guidance.
/// </summary>
public static class PdfExport
{
    public const string ContentType = "application/pdf";

    private static readonly HashSet<string> WrappedGuidance = ["提示", "建议行动"];

    public static byte[] Write(SnapshotDto snapshot, CjkFont font, string? level, OrgLevels levels)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"{snapshot.Campaign.Name} {snapshot.Label}";
        builder.DocumentInformation.Producer = "WarRoom";
        var canvas = new PdfCanvas(builder, new PdfFontPool(builder, font));

        Summary(canvas, snapshot);
        foreach (var l in snapshot.Levels.Where(l => level is null || l.Level == level))
        {
            PdfTable.Draw(canvas, $"{SnapshotText.LevelName(l.Level, levels)}排名（共 {l.Total} 个，按综合得分）", Brief(snapshot), l.Rows);
        }

        var guidance = SnapshotColumns.Guidance().Where(c => c.Header is not ("机构代码" or "依据数据")).ToList();
        if (snapshot.Guidance.Items.Count > 0)
        {
            PdfTable.Draw(canvas, "业务指引", guidance, snapshot.Guidance.Items, WrappedGuidance);
        }
        else
        {
            PdfTable.Heading(canvas, "业务指引", continued: false, keepWithNext: 12);
            canvas.Text(SnapshotText.NoGuidance(snapshot.Guidance), canvas.Left, canvas.Y - 10, 9);
        }

        canvas.DrawHeaders(
            $"{snapshot.Campaign.Name} · 周例会快照",
            $"{snapshot.Label}　|　范围：{snapshot.Scope.Name}（{snapshot.Scope.Code}）　|　截至 {SnapshotText.AsOf(snapshot)}　|　快照 #{snapshot.Id}");
        return builder.Build();
    }

    private static void Summary(PdfCanvas canvas, SnapshotDto s)
    {
        var facts = string.Join("　　", [
            $"时间进度 {SnapshotText.Format(s.TimeProgress, CellFormat.Percent)}",
            $"剩余 {SnapshotText.DaysLeft(s)}",
            $"综合得分 {SnapshotText.Format(s.Totals.Score, CellFormat.Score)}",
            $"拍摄：{s.TakenBy}（{SnapshotText.Trigger(s.Trigger)}）",
        ]);
        PdfTable.Heading(canvas, "概览", continued: false, keepWithNext: 14);
        canvas.Text(facts, canvas.Left, canvas.Y - 10, 9);
        canvas.Y -= 18;
        var totals = s.Kpis.Select(k => (k, s.Totals.Kpis.FirstOrDefault(f => f.Kpi == k.Code))).ToList();
        PdfTable.Draw(canvas, $"{s.Scope.Name}完成情况", SnapshotColumns.Totals(), totals);
    }

    /// <summary>Completion columns a landscape page holds beside a unit's identity and composite (names stay legible).</summary>
    private const int KpiColumns = 10;

    /// <summary>
    /// What fits a landscape page: the identity and composite of a unit, and the completion of the campaign's
    /// heaviest KPIs (weight, then catalogue order); the spreadsheet exports carry every KPI.
    /// </summary>
    private static List<ExportColumn<SnapshotRowDto>> Brief(SnapshotDto snapshot)
    {
        var all = SnapshotColumns.Level(snapshot);
        var kept = all.Where(c => c.Header is "排名" or "排名变动" or "代码" or "名称" or "上级" or "综合得分" or "综合进度差").ToList();
        var heaviest = snapshot.Kpis.Select((k, i) => (Kpi: k, Order: i)).Where(x => x.Kpi.Weight > 0)
            .OrderByDescending(x => x.Kpi.Weight).ThenBy(x => x.Order).Take(KpiColumns).OrderBy(x => x.Order);
        kept.AddRange(heaviest.Select(x => all.First(c => c.Header == $"{x.Kpi.Name.Zh}完成率")));
        return kept;
    }
}
