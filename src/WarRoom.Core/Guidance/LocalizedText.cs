namespace WarRoom.Core.Guidance;

/// <summary>One text in Chinese (the bank's working language) and English.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string In(bool english) => english ? En : Zh;

    /// <summary>The same text in both languages (codes, numbers).</summary>
    public static LocalizedText Both(string text) => new(text, text);
}
