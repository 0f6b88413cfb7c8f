using Microsoft.Extensions.Options;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Snapshots.Export.Pdf;
using WarRoom.Web.Features.Snapshots.Export.Png;
using WarRoom.Web.Features.Snapshots.Export.Xlsx;

namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>
/// Turns a stored snapshot into a file. Every format reads only the snapshot document, so an export made next month
/// shows exactly what the snapshot held. The tools PDF and PNG need are looked up per export, so installing them
/// needs no restart, and their absence is a clear <see cref="ExportUnavailableException"/>.
/// </summary>
public sealed class SnapshotExporters(IOptions<SnapshotOptions> options, PngExport png, ILogger<Chromium> chromiumLogger, OrgTree org)
{
    public static readonly string[] Formats = ["xlsx", "csv", "pdf", "png"];

    public async Task<ExportFile> ExportAsync(SnapshotDto snapshot, string format, string? level, CancellationToken ct) => format switch
    {
        "xlsx" => new(await Task.Run(() => XlsxExport.Write(snapshot, org.Levels), ct), XlsxExport.ContentType, FileName(snapshot, level, "xlsx")),
        "csv" => new(CsvExport.Write(snapshot, level, org.Levels), CsvExport.ContentType, FileName(snapshot, level, "csv")),
        "pdf" => new(await Task.Run(() => PdfExport.Write(snapshot, Font(), level, org.Levels), ct), PdfExport.ContentType, FileName(snapshot, level, "pdf")),
        "png" => new(await png.RenderAsync(snapshot, Chromium(), ct), PngExport.ContentType, FileName(snapshot, level, "png")),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
    };

    /// <summary>e.g. <c>snapshot-7-HQ-2027-W08_周例会.xlsx</c> (the server sends the non-ASCII part as filename*).</summary>
    public static string FileName(SnapshotDto snapshot, string? level, string extension)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var label = new string([.. snapshot.Label.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c)]);
        return $"snapshot-{snapshot.Id}-{snapshot.Scope.Code}-{label}{(level is null ? "" : "-" + level)}.{extension}";
    }

    private CjkFont Font()
    {
        var configured = options.Value.PdfFont;
        var path = CjkFont.Locate(configured) ?? throw new ExportUnavailableException(
            $"PDF export needs a CJK TrueType font and none is installed (looked for {string.Join(", ", CjkFont.Candidates)}): " +
            "install the Debian package fonts-wqy-zenhei or set WarRoom:Snapshots:PdfFont");
        if (!File.Exists(path))
        {
            throw new ExportUnavailableException($"WarRoom:Snapshots:PdfFont '{path}' does not exist");
        }

        try
        {
            return CjkFont.Load(path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ExportUnavailableException($"the PDF font '{path}' is not a TrueType font PdfPig can embed ({e.Message}); use one with glyf outlines such as fonts-wqy-zenhei");
        }
    }

    private Chromium Chromium()
    {
        var executable = Png.Chromium.Locate(options.Value.Chromium) ?? throw new ExportUnavailableException(
            $"PNG export renders the board with headless Chromium, which is not installed here (none of {string.Join(", ", Png.Chromium.Names)} on PATH): " +
            "install the Debian package chromium or set WarRoom:Snapshots:Chromium");
        return File.Exists(executable)
            ? new Chromium(executable, options.Value.RenderTimeout, chromiumLogger)
            : throw new ExportUnavailableException($"PNG export needs headless Chromium but WarRoom:Snapshots:Chromium '{executable}' does not exist");
    }
}

/// <summary>An export ready to download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// This host lacks what a format needs (Chromium for PNG, a CJK TrueType font for PDF): answered 501 with the
/// reason and the fix, never a half-made file.
/// </summary>
public sealed class ExportUnavailableException(string message) : Exception(message);
