using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots.Export.Xlsx;

/// <summary>
/// The workbook of a snapshot: 概览 (what, when, time progress, the scope's totals), one ranking sheet per level
/// (every unit with its composite and each KPI's value, target, completion, pace and rank) and 业务指引 (guidance).
/// Figures are numbers with number formats, not text, so the meeting can sort and sum them.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Rank, movement, code and name stay in view while scrolling right through the KPI columns.</summary>
    private const int FrozenLevelColumns = 4;

    public static byte[] Write(SnapshotDto snapshot, OrgLevels levels)
    {
        var strings = new XlsxStrings();
        var sheets = new List<(XlsxSheet Sheet, Worksheet Worksheet)>
        {
            Summary(snapshot, strings),
        };
        var levelColumns = SnapshotColumns.Level(snapshot);
        foreach (var level in snapshot.Levels)
        {
            var sheet = new XlsxSheet(SnapshotText.LevelName(level.Level, levels) + "排名", strings);
            Table(sheet, levelColumns, level.Rows);
            sheets.Add((sheet, sheet.Build(freezeHeader: true, FrozenLevelColumns)));
        }

        var guidance = new XlsxSheet("业务指引", strings);
        Table(guidance, SnapshotColumns.Guidance(), snapshot.Guidance.Items);
        if (snapshot.Guidance.Items.Count == 0)
        {
            guidance.AddRow([(SnapshotText.NoGuidance(snapshot.Guidance), 0u, string.Empty)]);
        }

        sheets.Add((guidance, guidance.Build(freezeHeader: true)));
        return Package(sheets, strings);
    }

    /// <summary>One table as a workbook of one sheet (the desk's ranking export), header frozen.</summary>
    public static byte[] WriteTable<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var strings = new XlsxStrings();
        var sheet = new XlsxSheet(sheetName, strings);
        Table(sheet, columns, rows);
        return Package([(sheet, sheet.Build(freezeHeader: true))], strings);
    }

    private static (XlsxSheet, Worksheet) Summary(SnapshotDto s, XlsxStrings strings)
    {
        var sheet = new XlsxSheet("概览", strings);
        sheet.AddRow([($"{s.Campaign.Name} · 周例会快照", XlsxStyles.Title, string.Empty)]);
        sheet.AddBlankRow();
        Pair(sheet, "快照名称", s.Label, CellFormat.Text);
        Pair(sheet, "快照编号", (int?)(int)s.Id, CellFormat.Integer);
        Pair(sheet, "范围", $"{s.Scope.Name} ({s.Scope.Code})", CellFormat.Text);
        Pair(sheet, "截至", SnapshotText.AsOf(s), CellFormat.Text);
        Pair(sheet, "时间进度", s.TimeProgress, CellFormat.Percent);
        Pair(sheet, $"剩余{SnapshotText.DaysCounted(s)}", (int?)s.DaysLeft, CellFormat.Integer);
        Pair(sheet, "综合得分", s.Totals.Score, CellFormat.Score);
        Pair(sheet, "拍摄人", s.TakenBy, CellFormat.Text);
        Pair(sheet, "方式", SnapshotText.Trigger(s.Trigger), CellFormat.Text);
        Pair(sheet, "数据版本", (double?)s.Version, CellFormat.Integer);
        sheet.AddBlankRow();
        var totals = s.Kpis.Select(k => (k, s.Totals.Kpis.FirstOrDefault(f => f.Kpi == k.Code))).ToList();
        Table(sheet, SnapshotColumns.Totals(), totals);
        return (sheet, sheet.Build(freezeHeader: false));
    }

    private static void Pair(XlsxSheet sheet, string key, ExportValue value, CellFormat format) =>
        sheet.AddRow([(key, XlsxStyles.Key, key), (value, XlsxStyles.For(format), SnapshotText.Format(value, format))]);

    private static void Table<T>(XlsxSheet sheet, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        sheet.AddRow(columns.Select(c => ((ExportValue)c.Header, XlsxStyles.Header, c.Header)));
        foreach (var row in rows)
        {
            sheet.AddRow(columns.Select(c =>
            {
                var value = c.Value(row);
                var format = c.FormatOf(row);
                return (value, XlsxStyles.For(format), SnapshotText.Format(value, format));
            }));
        }
    }

    private static byte[] Package(List<(XlsxSheet Sheet, Worksheet Worksheet)> sheets, XlsxStrings strings)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (sheet, worksheet) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        }

        return buffer.ToArray();
    }
}
