using System.IO.Compression;
using System.Text;
using System.Text.Json;
using WarRoom.Core.Seed;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>The fuzz test's own reading of a body the server answered 200, to know what each accepted event carried.</summary>
internal static class FuzzReading
{
    public static byte[] Decoded(FuzzBodies.Body body)
    {
        if (body.ContentEncoding is null)
        {
            return body.Bytes;
        }

        using var gzip = new GZipStream(new MemoryStream(body.Bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    /// <summary>An independent reading of a body the server answered 200: the events in order, with id, kpi and value as sent.</summary>
    public static List<(string? Id, string? Kpi, string? Value)> Events(byte[] body, string mediaType)
    {
        if (mediaType == "text/csv")
        {
            var rows = CsvText.Read(new UTF8Encoding(false, true).GetString(body)).Skip(1);
            return [.. rows.Select(r => r.Fields.Length == 5 ? (r.Fields[0].Trim(), r.Fields[3].Trim(), r.Fields[4].Trim()) : ((string?)null, (string?)null, (string?)null))];
        }

        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(Fields)];
    }

    private static (string? Id, string? Kpi, string? Value) Fields(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, null, null);
        }

        return (Text(e, "id"), Text(e, "kpi"), Text(e, "value"));
    }

    /// <summary>A property's text; null when missing or not Unicode (such an event must have been rejected).</summary>
    private static string? Text(JsonElement e, string name)
    {
        try
        {
            return e.TryGetProperty(name, out var p) ? p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
