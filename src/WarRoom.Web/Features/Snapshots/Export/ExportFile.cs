namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>An export ready to download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// This host lacks what a format needs (Chromium for PNG, a CJK TrueType font for PDF): answered 501 with the
/// reason and the fix, never a half-made file.
/// </summary>
public sealed class ExportUnavailableException(string message) : Exception(message);
