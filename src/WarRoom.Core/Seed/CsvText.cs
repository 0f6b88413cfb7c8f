using System.Text;

namespace WarRoom.Core.Seed;

/// <summary>
/// One CSV record with the physical line it starts on (1-based). <see cref="Error"/> is set when the record is
/// malformed in a way the fields cannot show (a quote never closed swallows the rest of the file).
/// </summary>
public sealed record CsvRecord(int Line, string[] Fields)
{
    public string? Error { get; init; }
}

/// <summary>
/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF) that remembers line numbers, so every
/// seed-data error can point at its line.
/// </summary>
public static class CsvText
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var line = 1;
        var pos = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            pos = 1;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        while (pos < text.Length)
        {
            var startLine = line;
            fields.Clear();
            string? error = null;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (pos < text.Length && text[pos] == '"')
                {
                    var openedOn = line;
                    var closed = false;
                    pos++;
                    while (pos < text.Length)
                    {
                        var c = text[pos++];
                        if (c == '"')
                        {
                            if (pos < text.Length && text[pos] == '"')
                            {
                                field.Append('"');
                                pos++;
                                continue;
                            }

                            closed = true;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    if (!closed)
                    {
                        error = $"the quoted field opened on line {openedOn} is never closed";
                    }
                }

                while (pos < text.Length && text[pos] is not (',' or '\n' or '\r'))
                {
                    field.Append(text[pos++]);
                }

                fields.Add(field.ToString());
                if (pos >= text.Length)
                {
                    endOfRecord = true;
                }
                else if (text[pos] == ',')
                {
                    pos++;
                }
                else
                {
                    if (text[pos] == '\r')
                    {
                        pos++;
                    }

                    if (pos < text.Length && text[pos] == '\n')
                    {
                        pos++;
                    }

                    line++;
                    endOfRecord = true;
                }
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return new CsvRecord(startLine, [.. fields]) { Error = error };
        }
    }

    public static string Escape(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
