using System.Text;

namespace WarRoom.Web.Features.Notify.WeCom;

/// <summary>
/// WeCom's markdown rules: a group bot renders headings, bold, quotes, links and font colours but not tables, and a
/// message's <c>content</c> may hold at most 4,096 bytes of UTF-8. Tables become one line per row; long text is cut
/// into parts at line ends, never inside a line or a character — only a single line longer than a whole part is
/// cut inside it, at a space where it has one, and always between characters.
/// </summary>
public static class WeComMarkdown
{
    public const int MaxBytes = 4096;

    /// <summary>Reserved per part for the "(2/3)" counter added to split messages.</summary>
    private const int CounterBytes = 16;

    /// <summary>A Markdown table as lines: <c>**first cell**：header value · header value</c>.</summary>
    public static string Adapt(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new StringBuilder(markdown.Length);
        string[]? header = null;
        foreach (var line in lines)
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                output.Append(line).Append('\n');
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries);
            if (header is null)
            {
                header = cells;
            }
            else if (!cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                output.Append("> **").Append(cells[0]).Append(cells[0].Any(c => c >= '\u3000') ? "**：" : "**: ")
                    .AppendJoin(" · ", cells.Skip(1).Select((c, i) => $"{(i + 1 < header.Length ? header[i + 1] : "")} {c}".Trim())).Append('\n');
            }
        }

        return output.ToString().TrimEnd('\n');
    }

    /// <summary>The parts of <paramref name="content"/>, each at most <see cref="MaxBytes"/> bytes with its counter.</summary>
    public static IReadOnlyList<string> Split(string content, int maxBytes = MaxBytes)
    {
        if (Encoding.UTF8.GetByteCount(content) <= maxBytes)
        {
            return [content];
        }

        var budget = maxBytes - CounterBytes;
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var line in Pieces(content.Split('\n'), budget))
        {
            var bytes = Encoding.UTF8.GetByteCount(line) + (current.Length > 0 ? 1 : 0);
            if (currentBytes + bytes > budget && current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
                currentBytes = 0;
                bytes = Encoding.UTF8.GetByteCount(line);
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
            currentBytes += bytes;
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return [.. parts.Select((p, i) => $"{p}\n({i + 1}/{parts.Count})")];
    }

    /// <summary>Lines as they are; a line over the budget in pieces that each fit, cut at a space or between runes.</summary>
    private static IEnumerable<string> Pieces(IEnumerable<string> lines, int budget)
    {
        foreach (var line in lines)
        {
            var rest = line;
            while (Encoding.UTF8.GetByteCount(rest) > budget)
            {
                var cut = FitsUpTo(rest, budget);
                var space = rest.LastIndexOf(' ', cut - 1, cut);
                var at = space > cut / 2 ? space + 1 : cut;
                yield return rest[..at].TrimEnd();
                rest = rest[at..];
            }

            yield return rest;
        }
    }

    /// <summary>The most chars of <paramref name="text"/> whose UTF-8 fits <paramref name="budget"/>, never splitting a surrogate pair.</summary>
    private static int FitsUpTo(string text, int budget)
    {
        var bytes = 0;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            i += rune.Utf16SequenceLength;
        }

        return i;
    }
}
