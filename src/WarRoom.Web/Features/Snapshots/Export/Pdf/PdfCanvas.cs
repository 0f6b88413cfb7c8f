using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// A4 landscape pages with a cursor moving down: content asks whether a block fits and starts a new page when not.
/// The running header (title, label, as-of, page n of N) is drawn on every page at the end, once N is known.
/// </summary>
internal sealed class PdfCanvas
{
    public const double Margin = 28;
    private const double HeaderHeight = 40;

    private readonly PdfDocumentBuilder builder;
    private readonly List<PdfPageBuilder> pages = [];

    public PdfCanvas(PdfDocumentBuilder builder, PdfFontPool fonts)
    {
        this.builder = builder;
        Fonts = fonts;
        NewPage();
    }

    public PdfFontPool Fonts { get; }

    public PdfPageBuilder Page => pages[^1];

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => Page.PageSize.Width - (2 * Margin);

    public bool Fits(double height) => Y - height >= Margin;

    public void NewPage()
    {
        pages.Add(builder.AddPage(PageSize.A4, isPortrait: false));
        Y = Page.PageSize.Height - Margin - HeaderHeight;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>.</summary>
    public void Text(string text, double x, double baseline, double size, (byte R, byte G, byte B) color = default) =>
        Text(Page, text, x, baseline, size, color);

    public void Fill(double x, double bottom, double width, double height, (byte R, byte G, byte B) color)
    {
        Page.SetStrokeColor(color.R, color.G, color.B);
        Page.SetTextAndFillColor(color.R, color.G, color.B);
        Page.DrawRectangle(new PdfPoint(x, bottom), width, height, 0.1, fill: true);
        Page.ResetColor();
    }

    /// <summary>The header every page carries, so a printed page on its own still says what it is and as of when.</summary>
    public void DrawHeaders(string title, string subtitle)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var top = page.PageSize.Height - Margin;
            var right = page.PageSize.Width - Margin;
            var pageText = $"第 {i + 1} / {pages.Count} 页";
            Text(page, title, Margin, top - 14, 14, default);
            Text(page, subtitle, Margin, top - 30, 9, (70, 80, 100));
            Text(page, pageText, right - Fonts.Font.Width(pageText, 9), top - 14, 9, (70, 80, 100));
            page.SetStrokeColor(120, 135, 160);
            page.DrawLine(new PdfPoint(Margin, top - 36), new PdfPoint(right, top - 36), 0.6);
            page.ResetColor();
        }
    }

    private void Text(PdfPageBuilder page, string text, double x, double baseline, double size, (byte R, byte G, byte B) color)
    {
        page.SetTextAndFillColor(color.R, color.G, color.B);
        foreach (var (font, run) in Fonts.Runs(Fonts.Drawable(text)))
        {
            page.AddText(run, size, new PdfPoint(x, baseline), font);
            x += Fonts.Font.Width(run, size);
        }

        page.ResetColor();
    }
}
