using WarRoom.Web.Features.Guidance;

namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>
/// The columns of a snapshot's tables, shared by XLSX, CSV and PDF so that the three agree on headers and figures.
/// Headers are Chinese (the bank's working language); units sit in the header, not in every cell.
/// </summary>
public static class SnapshotColumns
{
    /// <summary>Every figure of a level row: the composite, then per campaign KPI its value, target, completion, pace and rank.</summary>
    public static IReadOnlyList<ExportColumn<SnapshotRowDto>> Level(SnapshotDto snapshot)
    {
        var names = SnapshotText.Names(snapshot);
        var columns = new List<ExportColumn<SnapshotRowDto>>
        {
            new("排名", CellFormat.Integer, r => r.Composite.Rank),
            new("排名变动", CellFormat.SignedInteger, r => r.Composite.RankChange),
            new("代码", CellFormat.Text, r => r.Unit),
            new("名称", CellFormat.Text, r => r.Name),
            new("上级", CellFormat.Text, r => r.Parent is null ? null : names.GetValueOrDefault(r.Parent, r.Parent)),
            new("同类组", CellFormat.Text, r => r.PeerGroup),
            new("综合得分", CellFormat.Score, r => r.Composite.Score),
            new("综合进度差", CellFormat.SignedPercent, r => r.Composite.Pace),
        };
        foreach (var kpi in snapshot.Kpis)
        {
            var code = kpi.Code;
            var format = ValueFormat(kpi);
            columns.Add(new($"{kpi.Name.Zh}完成值({kpi.Unit})", format, r => r.Kpi(code)?.Value));
            columns.Add(new($"{kpi.Name.Zh}目标({kpi.Unit})", format, r => r.Kpi(code)?.Target));
            columns.Add(new($"{kpi.Name.Zh}完成率", CellFormat.Percent, r => r.Kpi(code)?.Completion));
            columns.Add(new($"{kpi.Name.Zh}进度差", CellFormat.SignedPercent, r => r.Kpi(code)?.Pace));
            columns.Add(new($"{kpi.Name.Zh}排名", CellFormat.Integer, r => r.Kpi(code)?.Rank));
        }

        return columns;
    }

    /// <summary>The scope's totals, one row per campaign KPI.</summary>
    public static IReadOnlyList<ExportColumn<(SnapshotKpiDto Kpi, SnapshotFigureDto? Figure)>> Totals() =>
    [
        new("指标", CellFormat.Text, t => t.Kpi.Name.Zh),
        new("单位", CellFormat.Text, t => t.Kpi.Unit),
        new("权重", CellFormat.Percent, t => t.Kpi.Weight),
        new("完成值", CellFormat.Amount, t => t.Figure?.Value, t => ValueFormat(t.Kpi)),
        new("目标", CellFormat.Amount, t => t.Figure?.Target, t => ValueFormat(t.Kpi)),
        new("完成率", CellFormat.Percent, t => t.Figure?.Completion),
        new("进度差", CellFormat.SignedPercent, t => t.Figure?.Pace),
    ];

    public static IReadOnlyList<ExportColumn<GuidanceItemDto>> Guidance() =>
    [
        new("严重程度", CellFormat.Text, g => SnapshotText.Severity(g.Severity)),
        new("机构代码", CellFormat.Text, g => g.Unit),
        new("机构名称", CellFormat.Text, g => g.UnitName),
        new("类型", CellFormat.Text, g => SnapshotText.GuidanceKind(g.Kind)),
        new("指标", CellFormat.Text, g => g.Kpi),
        new("提示", CellFormat.Text, g => g.Message.Zh),
        new("建议行动", CellFormat.Text, g => g.Action.Zh),
        new("依据数据", CellFormat.Text, g => string.Join("; ", g.Figures.Select(f => $"{f.Key}={f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))),
    ];

    /// <summary>A rate (unit %, e.g. 手机银行月活率 0.4123) reads as a percentage; amounts and counts as such.</summary>
    public static CellFormat ValueFormat(SnapshotKpiDto kpi) =>
        kpi.Unit == "%" ? CellFormat.Percent : kpi.Decimals > 0 ? CellFormat.Amount : CellFormat.Count;
}
