namespace WarRoom.Web.Features.Ingest.LineProtocol;

/// <summary>One line of InfluxDB line protocol split into its parts, escapes removed; or why it cannot be.</summary>
public sealed class ParsedLine
{
    public string Measurement { get; set; } = string.Empty;
    public List<KeyValuePair<string, string>> Tags { get; } = [];

    /// <summary>Field key → (raw text, whether it was a quoted string).</summary>
    public List<(string Key, string Value, bool Quoted)> Fields { get; } = [];

    public string? Timestamp { get; set; }
}

/// <summary>
/// Splits a line as InfluxDB does: <c>measurement[,tag=v…] field=v[,field=v…] [timestamp]</c>, with backslash
/// escapes of comma, space and equals sign in names and tag values, and double-quoted string field values with
/// <c>\"</c> and <c>\\</c>. Returns null, or the reason the line is malformed.
/// </summary>
public static class LineScanner
{
    public static string? Scan(ReadOnlySpan<char> line, ParsedLine into)
    {
        var pos = 0;
        into.Measurement = Token(line, ref pos, ", ");
        if (into.Measurement.Length == 0)
        {
            return "the measurement (the KPI code) is missing";
        }

        while (pos < line.Length && line[pos] == ',')
        {
            pos++;
            var key = Token(line, ref pos, "= ,");
            if (pos >= line.Length || line[pos] != '=')
            {
                return $"tag '{key}' has no value (expected key=value)";
            }

            pos++;
            var value = Token(line, ref pos, ", ");
            if (key.Length == 0 || value.Length == 0)
            {
                return key.Length == 0 ? "a tag has no key" : $"tag '{key}' has an empty value";
            }

            into.Tags.Add(new(key, value));
        }

        if (pos >= line.Length || line[pos] != ' ')
        {
            return "no fields (expected a space and then value=…)";
        }

        while (pos < line.Length && line[pos] == ' ')
        {
            pos++;
        }

        do
        {
            if (into.Fields.Count > 0)
            {
                pos++;
            }

            var key = Token(line, ref pos, "= ,");
            if (key.Length == 0 || pos >= line.Length || line[pos] != '=')
            {
                return key.Length == 0 ? "a field has no key" : $"field '{key}' has no value (expected key=value)";
            }

            pos++;
            if (pos < line.Length && line[pos] == '"')
            {
                var text = Quoted(line, ref pos);
                if (text is null)
                {
                    return $"field '{key}': the string is not closed with a double quote";
                }

                into.Fields.Add((key, text, true));
            }
            else
            {
                into.Fields.Add((key, Token(line, ref pos, ", "), false));
            }
        }
        while (pos < line.Length && line[pos] == ',');

        var rest = line[pos..].Trim(' ');
        into.Timestamp = rest.Length > 0 ? rest.ToString() : null;
        return rest.Contains(' ') ? "more than one timestamp after the fields (an unescaped space?)" : null;
    }

    /// <summary>Text up to the first unescaped stop character, with backslash escapes of those characters removed.</summary>
    private static string Token(ReadOnlySpan<char> line, ref int pos, ReadOnlySpan<char> stops)
    {
        var start = pos;
        var escaped = false;
        while (pos < line.Length && !stops.Contains(line[pos]))
        {
            escaped |= line[pos] == '\\';
            pos += line[pos] == '\\' && pos + 1 < line.Length ? 2 : 1;
        }

        var raw = line[start..pos];
        return escaped ? Unescape(raw) : raw.ToString();
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        var text = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var escapes = raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] is ',' or ' ' or '=' or '\\';
            text.Append(raw[escapes ? ++i : i]);
        }

        return text.ToString();
    }

    /// <summary>A double-quoted string value from the opening quote at <paramref name="pos"/>; null when never closed.</summary>
    private static string? Quoted(ReadOnlySpan<char> line, ref int pos)
    {
        var text = new System.Text.StringBuilder();
        for (pos++; pos < line.Length; pos++)
        {
            if (line[pos] == '\\' && pos + 1 < line.Length && line[pos + 1] is '"' or '\\')
            {
                text.Append(line[++pos]);
            }
            else if (line[pos] == '"')
            {
                pos++;
                return text.ToString();
            }
            else
            {
                text.Append(line[pos]);
            }
        }

        return null;
    }
}
