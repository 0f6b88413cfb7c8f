namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// A table over as many pages as it needs: columns sized to their content and scaled to the page width, headers
/// wrapped and repeated on every page with the section title marked 续 (continued), long cells truncated with "…"
/// or — in <c>wrap</c> columns (guidance text) — wrapped onto more lines.
/// </summary>
internal static class PdfTable
{
    private const double Size = 7.5;
    private const double Line = 10;
    private const double Pad = 3;
    private static readonly (byte, byte, byte) HeaderFill = (220, 230, 242);
    private static readonly (byte, byte, byte) Stripe = (244, 246, 250);
    private static readonly (byte, byte, byte) Behind = (190, 30, 45);
    private static readonly (byte, byte, byte) Ahead = (20, 125, 60);

    public static void Draw<T>(PdfCanvas canvas, string title, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows, ISet<string>? wrap = null)
    {
        var font = canvas.Fonts.Font;
        var cells = rows.Select(r => columns.Select(c => SnapshotText.Format(c.Value(r), c.FormatOf(r))).ToArray()).ToList();
        var widths = Widths(canvas, columns.Select(c => c.Header).ToArray(), cells, columns.Select(c => wrap?.Contains(c.Header) == true).ToArray());
        var headerLines = columns.Select((c, i) => Wrap(font, c.Header, widths[i])).ToArray();
        var headerHeight = (headerLines.Max(l => l.Count) * Line) + 2;

        var continued = false;
        Heading(canvas, title, continued, headerHeight + Line);
        var numeric = columns.Select(c => c.Format != CellFormat.Text).ToArray();
        Header(canvas, headerLines, widths, headerHeight, numeric);
        for (var r = 0; r < cells.Count; r++)
        {
            var lines = cells[r].Select((text, i) => wrap?.Contains(columns[i].Header) == true ? Wrap(font, text, widths[i]) : [Fit(font, text, widths[i])]).ToArray();
            var height = lines.Max(l => l.Count) * Line;
            if (!canvas.Fits(height))
            {
                canvas.NewPage();
                continued = true;
                Heading(canvas, title, continued, headerHeight + height);
                Header(canvas, headerLines, widths, headerHeight, numeric);
            }

            if (r % 2 == 1)
            {
                canvas.Fill(canvas.Left, canvas.Y - height, widths.Sum(), height, Stripe);
            }

            var x = canvas.Left;
            for (var i = 0; i < columns.Count; i++)
            {
                var color = columns[i].FormatOf(rows[r]) == CellFormat.SignedPercent && cells[r][i].StartsWith('-') ? Behind
                    : columns[i].FormatOf(rows[r]) == CellFormat.SignedPercent && cells[r][i].StartsWith('+') ? Ahead : default;
                var right = columns[i].FormatOf(rows[r]) != CellFormat.Text;
                for (var l = 0; l < lines[i].Count; l++)
                {
                    var text = lines[i][l];
                    var left = right ? x + widths[i] - Pad - font.Width(text, Size) : x + Pad;
                    canvas.Text(text, left, canvas.Y - ((l + 1) * Line) + 2.5, Size, color);
                }

                x += widths[i];
            }

            canvas.Y -= height;
        }

        canvas.Y -= Line;
    }

    /// <summary>A section title; starts a new page first when the title, header and a row would not fit.</summary>
    public static void Heading(PdfCanvas canvas, string title, bool continued, double keepWithNext)
    {
        if (!canvas.Fits(16 + keepWithNext))
        {
            canvas.NewPage();
        }

        canvas.Text(continued ? title + "（续）" : title, canvas.Left, canvas.Y - 12, 11);
        canvas.Y -= 18;
    }

    /// <summary>The header row; headers of figures sit right, over the figures.</summary>
    private static void Header(PdfCanvas canvas, List<string>[] lines, double[] widths, double height, bool[] right)
    {
        canvas.Fill(canvas.Left, canvas.Y - height, widths.Sum(), height, HeaderFill);
        var x = canvas.Left;
        for (var i = 0; i < lines.Length; i++)
        {
            for (var l = 0; l < lines[i].Count; l++)
            {
                var text = lines[i][l];
                var left = right[i] ? x + widths[i] - Pad - canvas.Fonts.Font.Width(text, Size) : x + Pad;
                canvas.Text(text, left, canvas.Y - ((l + 1) * Line) + 2, Size);
            }

            x += widths[i];
        }

        canvas.Y -= height;
    }

    /// <summary>
    /// Natural widths (widest cell, headers may wrap to two lines), wrap columns capped; scaled down to the page, or
    /// up by at most half, so that a narrow table does not spread its few columns across a landscape page.
    /// </summary>
    private static double[] Widths(PdfCanvas canvas, string[] headers, List<string[]> cells, bool[] wrap)
    {
        var font = canvas.Fonts.Font;
        var widths = new double[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var widest = cells.Count == 0 ? 0 : cells.Max(row => font.Width(row[i], Size));
            var header = Math.Max(font.Width(headers[i], Size) / 2, Size * 2.5);
            widths[i] = Math.Max(widest, header) + (2 * Pad);
            if (wrap[i])
            {
                widths[i] = Math.Min(widths[i], 260);
            }
        }

        var scale = Math.Min(canvas.Width / widths.Sum(), 1.5);
        return [.. widths.Select(w => w * scale)];
    }

    private static string Fit(CjkFont font, string text, double width)
    {
        if (font.Width(text, Size) <= width - (2 * Pad))
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && font.Width(text[..cut] + "…", Size) > width - (2 * Pad))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    private static List<string> Wrap(CjkFont font, string text, double width)
    {
        var lines = new List<string>();
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (font.Width(text[start..end], Size) > width - (2 * Pad) && end - 1 > start)
            {
                lines.Add(text[start..(end - 1)]);
                start = end - 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }
}
