using System.Collections.Concurrent;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace WarRoom.Web.Features.Snapshots.Export.Pdf;

/// <summary>
/// The CJK TrueType font PDFs embed, loaded once per file per process: its bytes (a collection's first face) and
/// its advance widths, which the layout measures text with.
/// </summary>
public sealed class CjkFont
{
    /// <summary>Debian's CJK fonts with TrueType (glyf) outlines, most preferred first. Noto CJK is CFF: PdfPig cannot embed it.</summary>
    public static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<CjkFont>> Loaded = new(StringComparer.Ordinal);

    private readonly TrueTypeFont metrics;
    private readonly double unitsPerEm;

    private CjkFont(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        metrics = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        unitsPerEm = metrics.GetUnitsPerEm();
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    /// <summary>The configured font, else the first candidate present; null when there is none.</summary>
    public static string? Locate(string? configured) =>
        configured is { Length: > 0 } ? configured : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Loads (once) the font at <paramref name="path"/>; throws when it is missing or not TrueType.</summary>
    public static CjkFont Load(string path) =>
        Loaded.GetOrAdd(path, p => new Lazy<CjkFont>(() => new CjkFont(p, TrueTypeCollection.FirstFace(File.ReadAllBytes(p))))).Value;

    public bool Has(char c) => metrics.TryGetAdvanceWidth(c, out _);

    /// <summary>Width in points of <paramref name="text"/> at <paramref name="size"/>; characters the font lacks count as "?".</summary>
    public double Width(string text, double size)
    {
        double units = 0;
        foreach (var c in text)
        {
            units += metrics.TryGetAdvanceWidth(c, out var w) ? w : metrics.TryGetAdvanceWidth('?', out var q) ? q : unitsPerEm / 2;
        }

        return units / unitsPerEm * size;
    }
}
