using System.Text;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>
/// A wording with placeholders: <c>{name}</c> or <c>{name:format}</c>, <c>{{</c> and <c>}}</c> for literal braces.
/// Parsed once at load, so a typo is an error at start, not a broken sentence on a big screen.
/// </summary>
internal sealed class TemplateText
{
    private readonly (string? Literal, string? Name, string? Format)[] segments;

    private TemplateText(string source, (string?, string?, string?)[] segments)
    {
        Source = source;
        this.segments = segments;
    }

    public string Source { get; }

    public IEnumerable<string> Placeholders => segments.Where(s => s.Name is not null).Select(s => s.Name!);

    /// <summary>Parses <paramref name="text"/> against <paramref name="spec"/>; null and a reason when it does not fit.</summary>
    public static TemplateText? Parse(string text, TemplateSpec spec, out string? error)
    {
        var segments = new List<(string?, string?, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                    continue;
                }

                error = $"unmatched '}}' at character {i + 1} (write '}}}}' for a literal brace)";
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0 || text.IndexOf('{', i + 1, close - i - 1) >= 0)
            {
                error = $"'{{' at character {i + 1} is never closed";
                return null;
            }

            var body = text[(i + 1)..close];
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? body : body[..colon];
            var format = colon < 0 ? null : body[(colon + 1)..];
            error = Check(name, format, spec);
            if (error is not null)
            {
                return null;
            }

            if (literal.Length > 0)
            {
                segments.Add((literal.ToString(), null, null));
                literal.Clear();
            }

            segments.Add((null, name, format));
            i = close;
        }

        if (literal.Length > 0)
        {
            segments.Add((literal.ToString(), null, null));
        }

        error = null;
        return new TemplateText(text, [.. segments]);
    }

    /// <summary>The text with each placeholder replaced by <paramref name="resolve"/>(name, format).</summary>
    public string Render(Func<string, string?, string> resolve)
    {
        var text = new StringBuilder();
        foreach (var (literal, name, format) in segments)
        {
            text.Append(literal ?? resolve(name!, format));
        }

        return text.ToString();
    }

    private static string? Check(string name, string? format, TemplateSpec spec)
    {
        if (!spec.Placeholders.TryGetValue(name, out var kind))
        {
            return $"unknown placeholder {{{name}}} in '{spec.Id}' (allowed: {string.Join(", ", spec.Placeholders.Keys.Order(StringComparer.Ordinal))})";
        }

        if (format is null)
        {
            return null;
        }

        if (kind == PlaceholderKind.Text)
        {
            return $"{{{name}}} is text and takes no format (got ':{format}')";
        }

        return TemplateNumbers.IsValidFormat(format)
            ? null
            : $"format '{format}' of {{{name}}} is not one of P0–P4, N0–N4, F0–F4 or pt0–pt4 (percentage points)";
    }
}
