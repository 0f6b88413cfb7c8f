using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WarRoom.Web.Features.Snapshots.Export.Xlsx;

/// <summary>
/// The workbook's one stylesheet: a cell style per <see cref="CellFormat"/> (its number format written out as a
/// custom format so the file says exactly what Excel shows), a header style and a title style.
/// </summary>
internal static class XlsxStyles
{
    public const uint Header = 1;
    public const uint Title = 2;
    public const uint Key = 3;

    /// <summary>Custom number formats by id (custom ids start at 164).</summary>
    public static readonly IReadOnlyDictionary<CellFormat, (uint Id, string Code)> NumberFormats = new Dictionary<CellFormat, (uint, string)>
    {
        [CellFormat.Integer] = (164, "0"),
        [CellFormat.SignedInteger] = (165, "+0;-0;0"),
        [CellFormat.Amount] = (166, "#,##0.00"),
        [CellFormat.Count] = (167, "#,##0"),
        [CellFormat.Percent] = (168, "0.00%"),
        [CellFormat.SignedPercent] = (169, "+0.00%;-0.00%;0.00%"),
        [CellFormat.Score] = (170, "0.00"),
    };

    private static readonly CellFormat[] Order = Enum.GetValues<CellFormat>();

    /// <summary>Style index of a data cell: after the four fixed styles, one per format in declaration order.</summary>
    public static uint For(CellFormat format) => 4 + (uint)Array.IndexOf(Order, format);

    public static Stylesheet Build()
    {
        var formats = new NumberingFormats(NumberFormats.Values.Select(f => new NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code }))
        {
            Count = (uint)NumberFormats.Count,
        };
        var fonts = new Fonts(
            Font(11, bold: false), Font(11, bold: true), Font(14, bold: true)) { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F2" }) { PatternType = PatternValues.Solid })) { Count = 3 };
        var borders = new Borders(
            new Border(),
            new Border(new BottomBorder(new Color { Rgb = "FF7F8FA6" }) { Style = BorderStyleValues.Thin })) { Count = 2 };
        var cells = new CellFormats(
            new DocumentFormat.OpenXml.Spreadsheet.CellFormat(),
            new DocumentFormat.OpenXml.Spreadsheet.CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            new DocumentFormat.OpenXml.Spreadsheet.CellFormat { FontId = 2, ApplyFont = true },
            new DocumentFormat.OpenXml.Spreadsheet.CellFormat { FontId = 1, ApplyFont = true });
        foreach (var format in Order)
        {
            cells.Append(format == CellFormat.Text
                ? new DocumentFormat.OpenXml.Spreadsheet.CellFormat()
                : new DocumentFormat.OpenXml.Spreadsheet.CellFormat { NumberFormatId = NumberFormats[format].Id, ApplyNumberFormat = true });
        }

        cells.Count = (uint)cells.ChildElements.Count;
        return new Stylesheet(formats, fonts, fills, borders, cells);
    }

    /// <summary>等线 (DengXian): the default font of Chinese Excel, so CJK and digits share one face.</summary>
    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return font;
    }
}
