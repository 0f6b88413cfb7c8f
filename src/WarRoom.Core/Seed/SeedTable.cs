using System.Globalization;

namespace WarRoom.Core.Seed;

/// <summary>Reads one CSV seed file: checks its header and field counts and collects errors with file and line.</summary>
internal sealed class SeedTable(string file, List<SeedError> errors)
{
    public string File { get; } = file;

    public void Error(int line, string message) => errors.Add(new SeedError(File, line, message));

    public IEnumerable<CsvRecord> Rows(ISeedSource source, params string[] header) => Rows(source, header, []);

    /// <summary>
    /// Rows of a file whose header is <paramref name="header"/>, optionally followed by <paramref name="optional"/>
    /// (columns added later, so older files still load); rows of the short form get the optional fields empty.
    /// </summary>
    public IEnumerable<CsvRecord> Rows(ISeedSource source, string[] header, string[] optional)
    {
        var full = header.Concat(optional).ToArray();
        var text = source.Read(File);
        if (text is null)
        {
            Error(0, "file is missing");
            yield break;
        }

        var first = true;
        var columns = full.Length;
        foreach (var record in CsvText.Read(text))
        {
            if (record.Error is not null)
            {
                // The broken record ran to the end of the file, so nothing after it can be read.
                Error(record.Line, record.Error);
                yield break;
            }

            if (first)
            {
                first = false;
                var got = record.Fields.Select(f => f.Trim()).ToArray();
                if (!got.SequenceEqual(header) && !got.SequenceEqual(full))
                {
                    Error(record.Line, $"header must be '{string.Join(',', full)}', found '{string.Join(',', got)}'");
                    yield break;
                }

                columns = got.Length;
                continue;
            }

            if (record.Fields.Length != columns)
            {
                Error(record.Line, $"expected {columns} fields ({string.Join(',', full[..columns])}), found {record.Fields.Length}");
                continue;
            }


            for (var i = 0; i < record.Fields.Length; i++)
            {
                record.Fields[i] = record.Fields[i].Trim();
            }

            yield return columns < full.Length
                ? record with { Fields = [.. record.Fields, .. Enumerable.Repeat(string.Empty, full.Length - columns)] }
                : record;
        }

        if (first)
        {
            Error(0, "file is empty (no header)");
        }
    }

    public bool Required(CsvRecord row, int field, string name, out string value)
    {
        value = row.Fields[field];
        if (value.Length == 0)
        {
            Error(row.Line, $"{name} is empty");
            return false;
        }

        return true;
    }

    public bool Number(CsvRecord row, int field, string name, out decimal value)
    {
        if (decimal.TryParse(row.Fields[field], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        Error(row.Line, $"{name} '{row.Fields[field]}' is not a number");
        return false;
    }
}
