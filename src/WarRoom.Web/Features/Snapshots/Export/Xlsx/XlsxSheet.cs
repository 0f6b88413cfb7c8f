using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarRoom.Web.Features.Snapshots.Export.Xlsx;

/// <summary>
/// One worksheet being filled row by row: cells get their style, strings go to the shared table, and every
/// column's width grows to fit its widest cell (CJK characters count double, as Excel draws them).
/// </summary>
internal sealed class XlsxSheet(string name, XlsxStrings strings)
{
    private const double MaxWidth = 60;

    private readonly SheetData data = new();
    private readonly List<double> widths = [];
    private uint rowIndex;

    public string Name { get; } = name;

    public void AddRow(IEnumerable<(ExportValue Value, uint Style, string Shown)> cells)
    {
        var row = new Row { RowIndex = ++rowIndex };
        var column = 0;
        foreach (var (value, style, shown) in cells)
        {
            var cell = new Cell { CellReference = Reference(column, rowIndex), StyleIndex = style };
            if (value.Text is { } text)
            {
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
            }
            else if (value.Number is { } number)
            {
                cell.CellValue = new CellValue(number);
            }

            row.Append(cell);
            Fit(column, style == XlsxStyles.Header ? Math.Min(DisplayWidth(shown), 24) : DisplayWidth(shown));
            column++;
        }

        data.Append(row);
    }

    public void AddBlankRow() => ++rowIndex;

    /// <summary>The worksheet, with the first row (and <paramref name="frozenColumns"/>) frozen when asked.</summary>
    public Worksheet Build(bool freezeHeader, int frozenColumns = 0)
    {
        var worksheet = new Worksheet();
        if (freezeHeader)
        {
            var pane = new Pane
            {
                VerticalSplit = 1, TopLeftCell = Reference(frozenColumns, 2), State = PaneStateValues.Frozen,
                ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
            };
            if (frozenColumns > 0)
            {
                pane.HorizontalSplit = frozenColumns;
            }

            worksheet.Append(new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }));
        }

        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Round(Math.Min(w + 2, MaxWidth), 1), CustomWidth = true,
            })));
        }

        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>A1-style reference of a zero-based column and one-based row.</summary>
    public static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static double DisplayWidth(string text) => text.Sum(ch => ch >= 0x2E80 ? 2.0 : 1.1);

    private void Fit(int column, double width)
    {
        while (widths.Count <= column)
        {
            widths.Add(6);
        }

        widths[column] = Math.Max(widths[column], width);
    }
}

/// <summary>The workbook's shared string table: each distinct text stored once.</summary>
internal sealed class XlsxStrings
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly SharedStringTable table = new();

    public int IndexOf(string text)
    {
        if (!index.TryGetValue(text, out var i))
        {
            i = index.Count;
            index[text] = i;
            table.Append(new SharedStringItem(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return i;
    }

    public SharedStringTable Build()
    {
        table.Count = (uint)index.Count;
        table.UniqueCount = (uint)index.Count;
        return table;
    }
}
