namespace WarRoom.Web.Features.Search;

/// <summary>
/// How a typed text finds a unit: by code, by Chinese name, or by English/pinyin name with or without spaces and in
/// any case ("heyawei", "He Yawei" and "yawei" all find 贺雅薇 He Yawei). Lower <see cref="Strength"/> is a better
/// match, so an exact code comes before a name that merely contains the text.
/// </summary>
public sealed class UnitMatcher
{
    private readonly string text;
    private readonly string compact;

    public UnitMatcher(string? text)
    {
        this.text = (text ?? string.Empty).Trim();
        compact = Compact(this.text);
    }

    public bool IsEmpty => text.Length == 0;

    public bool Matches(string code, string name, string? nameEn) => Strength(code, name, nameEn) is not null;

    /// <summary>0 exact code or name, 1 a prefix, 2 contained anywhere; null when it does not match (an empty text matches all).</summary>
    public int? Strength(string code, string name, string? nameEn)
    {
        if (IsEmpty)
        {
            return 2;
        }

        var english = Compact(nameEn ?? string.Empty);
        if (code.Equals(text, StringComparison.OrdinalIgnoreCase) || name == text || english.Equals(compact, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (code.StartsWith(text, StringComparison.OrdinalIgnoreCase) || name.StartsWith(text, StringComparison.Ordinal)
            || (compact.Length > 0 && english.StartsWith(compact, StringComparison.OrdinalIgnoreCase)))
        {
            return 1;
        }

        return code.Contains(text, StringComparison.OrdinalIgnoreCase) || name.Contains(text, StringComparison.Ordinal)
            || (compact.Length > 0 && english.Contains(compact, StringComparison.OrdinalIgnoreCase))
            ? 2
            : null;
    }

    private static string Compact(string s) => string.Concat(s.Where(char.IsLetterOrDigit));
}
