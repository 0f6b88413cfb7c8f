using System.Text.Json;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>Reading the { "zh", "en" } pairs of guidance-templates.json and rejecting properties nobody reads.</summary>
internal static class TemplateJson
{
    public static readonly string[] Languages = ["zh", "en"];

    /// <summary>
    /// The zh and en strings of <paramref name="parent"/>.<paramref name="name"/> (each null when missing or blank),
    /// or null when the pair itself is missing.
    /// </summary>
    public static string?[]? Pair(JsonElement parent, string name, string path, Action<string, string> error)
    {
        var at = $"{path}.{name}";
        if (!parent.TryGetProperty(name, out var pair) || pair.ValueKind != JsonValueKind.Object)
        {
            error(at, "missing or not an object { \"zh\", \"en\" }");
            return null;
        }

        var texts = new string?[Languages.Length];
        for (var l = 0; l < Languages.Length; l++)
        {
            if (pair.TryGetProperty(Languages[l], out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } s && s.Trim().Length > 0)
            {
                texts[l] = s;
            }
            else
            {
                error($"{at}.{Languages[l]}", "missing or not a non-empty string");
            }
        }

        return texts;
    }

    public static void CheckKeys(JsonElement element, string path, string[] allowed, string[]? nested, Action<string, string> error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                error($"{path}.{property.Name}", $"unknown property (expected {string.Join(", ", allowed)})");
            }
            else if (nested is not null && property.Value.ValueKind == JsonValueKind.Object)
            {
                CheckKeys(property.Value, $"{path}.{property.Name}", nested, null, error);
            }
        }
    }
}
