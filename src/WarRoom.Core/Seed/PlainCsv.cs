namespace WarRoom.Core.Seed;

/// <summary>One row of three fields, trimmed, with its line; the fields live only for the call.</summary>
internal delegate void ThreeFieldRow(int line, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third);

/// <summary>
/// The quote-free case of <see cref="CsvText"/> + <see cref="SeedTable.Rows(ISeedSource, string[])"/> for a file of
/// three columns, without a string per field: a national bank's targets.csv has 1.5 M rows and is read at every
/// start (this year's and last year's), where the general reader's strings and records were a third of the start's
/// CPU. Same rules and the same errors: BOM skipped, CRLF, LF or CR, blank lines skipped, fields trimmed, the header
/// checked first and then every row's field count. Text with a quote goes through the general reader.
/// </summary>
internal static class PlainCsv
{
    public static bool Applies(string text) => !text.Contains('"', StringComparison.Ordinal);

    public static void Read(string text, SeedTable table, string[] header, ThreeFieldRow row)
    {
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] == '\uFEFF')
        {
            rest = rest[1..];
        }

        Span<Range> fields = stackalloc Range[4];
        var first = true;
        for (var line = 1; !rest.IsEmpty; line++)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var record = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            if (record.IsEmpty)
            {
                continue;
            }

            var count = record.Split(fields, ',');
            count = count == fields.Length ? record.Count(',') + 1 : count;
            if (first)
            {
                first = false;
                if (count != header.Length || !Same(record, fields, header))
                {
                    var got = string.Join(',', record.ToString().Split(',').Select(f => f.Trim()));
                    table.Error(line, $"header must be '{string.Join(',', header)}', found '{got}'");
                    return;
                }

                continue;
            }

            if (count != 3)
            {
                table.Error(line, $"expected {header.Length} fields ({string.Join(',', header)}), found {count}");
                continue;
            }

            row(line, record[fields[0]].Trim(), record[fields[1]].Trim(), record[fields[2]].Trim());
        }

        if (first)
        {
            table.Error(0, "file is empty (no header)");
        }
    }

    private static bool Same(ReadOnlySpan<char> record, Span<Range> fields, string[] header)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (!record[fields[i]].Trim().SequenceEqual(header[i]))
            {
                return false;
            }
        }

        return true;
    }
}
