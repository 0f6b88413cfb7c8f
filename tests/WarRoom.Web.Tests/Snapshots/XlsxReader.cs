using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>An exported workbook opened with the OpenXml SDK: sheets by name, cells by reference with their number format.</summary>
internal sealed class XlsxReader : IDisposable
{
    private readonly MemoryStream stream;
    private readonly SpreadsheetDocument document;

    public XlsxReader(byte[] bytes)
    {
        stream = new MemoryStream(bytes);
        document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public WorkbookPart Workbook => document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => [.. Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name) =>
        ((WorksheetPart)Workbook.GetPartById(Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    public Cell Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    public IReadOnlyList<Row> Rows(string sheet) => [.. Sheet(sheet).Descendants<Row>()];

    /// <summary>A cell's text (shared strings resolved).</summary>
    public string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
        : cell.CellValue?.Text ?? string.Empty;

    public double Number(Cell cell) => double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number format code the cell's style applies.</summary>
    public string FormatCode(Cell cell)
    {
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var xf = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = xf.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}";
    }

    /// <summary>The reference of the header cell with this text in row 1.</summary>
    public string Column(string sheet, string header) =>
        new(Rows(sheet)[0].Elements<Cell>().Single(c => Text(c) == header).CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }
}
