namespace WarRoom.Core;

/// <summary>
/// One text in Chinese (the bank's working language, never empty) and English: the one bilingual record of the
/// whole system — guidance wording, KPI and unit names, board titles — on the wire as <c>{ "zh": "…", "en": "…" }</c>.
/// </summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The English text when asked for and there is one; otherwise the Chinese (a name nobody translated).</summary>
    public string In(bool english) => english && En.Length > 0 ? En : Zh;

    /// <summary>The same text in both languages (codes, numbers).</summary>
    public static LocalizedText Both(string text) => new(text, text);

    public override string ToString() => Zh;
}
