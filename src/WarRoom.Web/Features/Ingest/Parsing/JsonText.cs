using System.Buffers;
using System.Text;
using System.Text.Json;

namespace WarRoom.Web.Features.Ingest.Parsing;

/// <summary>
/// Whether a JSON string token is Unicode text. Utf8JsonReader lets raw invalid UTF-8 and unpaired surrogate escapes
/// through until the text is asked for, where it throws; asked here first, such an id or code rejects its event
/// with the position instead of failing the request.
/// </summary>
internal static class JsonText
{
    /// <summary>Null when the current string token is valid Unicode; otherwise the reason, naming the field and byte.</summary>
    public static string? Problem(ref Utf8JsonReader reader, string field)
    {
        if (!reader.ValueIsEscaped)
        {
            var raw = reader.ValueSpan;
            if (System.Text.Unicode.Utf8.IsValid(raw))
            {
                return null;
            }

            return $"{field} is not valid UTF-8 (byte {reader.TokenStartIndex + 2 + InvalidAt(raw)} of the body)";
        }

        try
        {
            reader.GetString();
            return null;
        }
        catch (InvalidOperationException)
        {
            return $"{field} is not valid Unicode (an unpaired surrogate or invalid UTF-8 in the string at byte {reader.TokenStartIndex + 1} of the body)";
        }
    }

    /// <summary>The token's text shortened for a reason, or a note that it is not text.</summary>
    public static string Quote(ref Utf8JsonReader reader) =>
        Problem(ref reader, "text") is null ? EventChecks.Shorten(reader.GetString()) : "(not valid Unicode)";

    private static int InvalidAt(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length && Rune.DecodeFromUtf8(raw[i..], out _, out var length) == OperationStatus.Done)
        {
            i += length;
        }

        return i;
    }
}
