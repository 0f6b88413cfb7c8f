using System.Text.Json;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Seed;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>
/// Reads guidance-templates.json: <c>{ "about": "…", "templates": { "&lt;id&gt;": { "message": { "zh", "en" },
/// "action": { "zh", "en" } } }, "focus": { "&lt;kpi&gt;": { "zh", "en" } } }</c>. Pure: takes the text. Every
/// problem is reported at once, each naming the file, the line and the JSON path.
/// </summary>
public static class GuidanceTemplatesFile
{
    public const string Name = "guidance-templates.json";

    private static readonly string[] Parts = ["message", "action"];
    private static readonly string[] Languages = TemplateJson.Languages;

    /// <summary>The templates, or <see cref="SeedDataException"/> listing every problem.</summary>
    public static GuidanceTemplates Parse(string? text, KpiCatalog catalog, Campaign campaign)
    {
        var errors = new List<SeedError>();
        if (text is null)
        {
            throw new SeedDataException([new SeedError(Name, 0, "file is missing")]);
        }

        var (document, lines, syntaxError, syntaxLine) = JsonLines.Parse(text);
        if (document is null)
        {
            throw new SeedDataException([new SeedError(Name, syntaxLine, "malformed JSON: " + syntaxError)]);
        }

        void Error(string path, string message) => errors.Add(new SeedError(Name, lines[path], $"{path}: {message}"));

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SeedDataException([new SeedError(Name, 1, "the file must hold one JSON object")]);
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("about" or "templates" or "focus"))
                {
                    Error(property.Name, "unknown property (expected about, templates, focus)");
                }
            }

            var templates = Templates(root, Error);
            var focus = Focus(root, catalog, campaign, Error);
            return errors.Count > 0 ? throw new SeedDataException(errors) : new GuidanceTemplates(templates, focus);
        }
    }

    private static Dictionary<string, GuidanceTemplate> Templates(JsonElement root, Action<string, string> error)
    {
        var result = new Dictionary<string, GuidanceTemplate>(StringComparer.Ordinal);
        if (!root.TryGetProperty("templates", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            error("templates", "missing or not an object of templates by id");
            return result;
        }

        foreach (var property in all.EnumerateObject())
        {
            var path = "templates." + property.Name;
            if (TemplateSpec.Find(property.Name) is not { } spec)
            {
                error(path, $"unknown template id (expected one of {string.Join(", ", TemplateSpec.All.Select(s => s.Id))})");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                error(path, "not an object { \"message\", \"action\" }");
                continue;
            }

            var texts = new List<TemplateText?>();
            foreach (var part in Parts)
            {
                var pair = TemplateJson.Pair(property.Value, part, path, error);
                for (var l = 0; l < Languages.Length; l++)
                {
                    var raw = pair?[l];
                    texts.Add(raw is null ? null : TemplateText.Parse(raw, spec, out var problem) ?? Fail($"{path}.{part}.{Languages[l]}", problem!, error));
                }
            }

            TemplateJson.CheckKeys(property.Value, path, Parts, Languages, error);
            if (texts.All(t => t is not null))
            {
                result[spec.Id] = new GuidanceTemplate(spec.Id, texts[0]!, texts[1]!, texts[2]!, texts[3]!);
            }
        }

        foreach (var missing in TemplateSpec.All.Where(s => !all.TryGetProperty(s.Id, out _)))
        {
            error("templates", $"template '{missing.Id}' is missing");
        }

        return result;
    }

    private static Dictionary<string, LocalizedText> Focus(JsonElement root, KpiCatalog catalog, Campaign campaign, Action<string, string> error)
    {
        var result = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (!root.TryGetProperty("focus", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            error("focus", "missing or not an object of { \"zh\", \"en\" } by KPI code");
            return result;
        }

        foreach (var property in all.EnumerateObject())
        {
            var path = "focus." + property.Name;
            if (!catalog.TryGet(property.Name, out _))
            {
                error(path, $"unknown kpi '{property.Name}' (not in kpis.csv)");
                continue;
            }

            var pair = TemplateJson.Pair(all, property.Name, "focus", error);
            TemplateJson.CheckKeys(property.Value, path, Languages, null, error);
            if (pair is [{ } zh, { } en])
            {
                result[property.Name] = new LocalizedText(zh, en);
            }
        }

        foreach (var k in campaign.Kpis.Where(k => !all.TryGetProperty(k.Kpi.Code, out _)))
        {
            error("focus", $"no focus for campaign kpi '{k.Kpi.Code}'");
        }

        return result;
    }

    private static TemplateText? Fail(string path, string problem, Action<string, string> error)
    {
        error(path, problem);
        return null;
    }
}
