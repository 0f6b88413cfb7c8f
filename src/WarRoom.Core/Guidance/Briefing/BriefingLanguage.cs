namespace WarRoom.Core.Guidance.Briefing;

public enum BriefingLanguage
{
    Zh,
    En,
}

public static class BriefingLanguageNames
{
    public static string ToWire(this BriefingLanguage language) => language == BriefingLanguage.En ? "en" : "zh";

    public static bool TryParse(string? text, out BriefingLanguage language)
    {
        language = text == "en" ? BriefingLanguage.En : BriefingLanguage.Zh;
        return text is "zh" or "en";
    }
}
