using System.Text;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>
/// One CSV file (RFC 4180, CRLF): every level of the snapshot in one table with a 层级 (level) column first, or
/// only the level asked for. UTF-8 with a byte-order mark, because Excel reads a CSV without one in the machine's
/// ANSI code page and shows the Chinese as mojibake. Percentages are written as "82.30%", which Excel reads back
/// as numbers; amounts carry no thousands separator for the same reason.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(SnapshotDto snapshot, string? level, OrgLevels levels)
    {
        var columns = SnapshotColumns.Level(snapshot);
        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Header).Prepend("层级"));
        foreach (var l in snapshot.Levels.Where(l => level is null || l.Level == level))
        {
            var name = SnapshotText.LevelName(l.Level, levels);
            foreach (var row in l.Rows)
            {
                Line(text, columns.Select(c => SnapshotText.Format(c.Value(row), c.Format, group: false)).Prepend(name));
            }
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
