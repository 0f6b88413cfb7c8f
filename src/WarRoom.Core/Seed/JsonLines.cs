using System.Text;
using System.Text.Json;

namespace WarRoom.Core.Seed;

/// <summary>
/// Maps JSON paths such as <c>kpis[2].weight</c> to the line they are written on, so that a semantic error in a
/// JSON seed file (a bad date, an unknown KPI) can name its line like the CSV files do.
/// </summary>
internal sealed class JsonLines
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLines()
    {
    }

    public int this[string path] => lines.GetValueOrDefault(path, 1);

    /// <summary>Parses <paramref name="text"/>; on a syntax error returns null and the 1-based line of the problem.</summary>
    public static (JsonDocument? Document, JsonLines Lines, string? Error, int ErrorLine) Parse(string text)
    {
        var map = new JsonLines();

        // Editors on Windows save UTF-8 with a byte-order mark; the CSV reader accepts it, so JSON must too.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        try
        {
            var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            map.Index(Encoding.UTF8.GetBytes(text));
            return (document, map, null, 0);
        }
        catch (JsonException e)
        {
            return (null, map, e.Message, (int)(e.LineNumber ?? 0) + 1);
        }
    }

    private void Index(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        var line = 1;
        var scanned = 0;
        string? pendingProperty = null;

        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            for (; scanned < start; scanned++)
            {
                if (utf8[scanned] == (byte)'\n')
                {
                    line++;
                }
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    lines[Join(path, pendingProperty)] = line;
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    path.Add(Segment(ref pendingProperty, arrayIndex));
                    if (path.Count > 1)
                    {
                        lines.TryAdd(Join(path, null), line);
                    }

                    arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    arrayIndex.Pop();
                    if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
                    {
                        arrayIndex.Push(arrayIndex.Pop() + 1);
                    }

                    continue;
                default:
                    if (pendingProperty is null && arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
                    {
                        lines[Join(path, null) + $"[{arrayIndex.Peek()}]"] = line;
                        arrayIndex.Push(arrayIndex.Pop() + 1);
                    }

                    pendingProperty = null;
                    continue;
            }
        }
    }

    private static string Segment(ref string? property, Stack<int> arrayIndex)
    {
        string segment;
        if (property is not null)
        {
            segment = "." + property;
        }
        else if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
        {
            segment = $"[{arrayIndex.Peek()}]";
        }
        else
        {
            segment = string.Empty;
        }

        property = null;
        return segment;
    }

    private static string Join(List<string> path, string? property)
    {
        var joined = string.Concat(path).TrimStart('.');
        return property is null ? joined : joined.Length == 0 ? property : joined + "." + property;
    }
}
