using UglyToad.PdfPig.Writer;

namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// PdfPig writes a TrueType font as a simple font: one byte per character, at most 255 distinct characters per
/// embedded copy. Chinese names need far more, so the font is added as several copies (each subset to its own
/// characters) and text is split into runs, each drawn with a copy that has, or still has room for, its characters.
/// </summary>
internal sealed class PdfFontPool(PdfDocumentBuilder builder, CjkFont font)
{
    /// <summary>Below PdfPig's 255 so that a copy never fills up in the middle of a run.</summary>
    private const int PerCopy = 250;

    private readonly List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)> copies = [];

    public CjkFont Font => font;

    /// <summary>Characters the font lacks would stop PdfPig; they become "?" (a minus sign becomes a hyphen).</summary>
    public string Drawable(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!font.Has(chars[i]))
            {
                chars[i] = chars[i] == '\u2212' && font.Has('-') ? '-' : '?';
            }
        }

        return new string(chars);
    }

    /// <summary>Splits drawable text into runs that one font copy can draw, registering the characters with it.</summary>
    public IEnumerable<(PdfDocumentBuilder.AddedFont Font, string Text)> Runs(string text)
    {
        var start = 0;
        var current = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (current >= 0 && Take(current, text[i]))
            {
                continue;
            }

            if (current >= 0)
            {
                yield return (copies[current].Font, text[start..i]);
            }

            current = CopyFor(text[i]);
            start = i;
        }

        if (current >= 0)
        {
            yield return (copies[current].Font, text[start..]);
        }
    }

    private bool Take(int copy, char c) =>
        copies[copy].Chars.Contains(c) || (copies[copy].Chars.Count < PerCopy && copies[copy].Chars.Add(c));

    private int CopyFor(char c)
    {
        for (var i = 0; i < copies.Count; i++)
        {
            if (copies[i].Chars.Contains(c))
            {
                return i;
            }
        }

        if (copies.Count == 0 || !Take(copies.Count - 1, c))
        {
            copies.Add((builder.AddTrueTypeFont(font.Bytes), [c]));
        }

        return copies.Count - 1;
    }
}
