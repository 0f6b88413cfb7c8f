using WarRoom.Core.Kpis;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>A wording's message and suggested action, each in zh and en.</summary>
internal sealed record GuidanceTemplate(string Id, TemplateText MessageZh, TemplateText MessageEn, TemplateText ActionZh, TemplateText ActionEn);

/// <summary>
/// The bank's standard wording (制式化指引) loaded from guidance-templates.json: one template per
/// <see cref="TemplateIds">id</see> and, per KPI, the customer segment or product to focus on.
/// </summary>
public sealed class GuidanceTemplates
{
    private readonly IReadOnlyDictionary<string, GuidanceTemplate> templates;
    private readonly IReadOnlyDictionary<string, LocalizedText> focus;

    internal GuidanceTemplates(IReadOnlyDictionary<string, GuidanceTemplate> templates, IReadOnlyDictionary<string, LocalizedText> focus)
    {
        this.templates = templates;
        this.focus = focus;
    }

    /// <summary>The focus of a KPI; the loader guarantees one for every campaign KPI, others fall back to the KPI's name.</summary>
    public LocalizedText FocusOf(Kpi kpi) => focus.GetValueOrDefault(kpi.Code) ?? new LocalizedText(kpi.NameZh, kpi.NameEn);

    /// <summary>The raw text of one wording, e.g. ("pace_lag", "action", "zh"), for display in docs and admin pages.</summary>
    public string Source(string id, string part, string language)
    {
        var t = templates[id];
        return (part, language) switch
        {
            ("message", "zh") => t.MessageZh.Source,
            ("message", "en") => t.MessageEn.Source,
            ("action", "zh") => t.ActionZh.Source,
            ("action", "en") => t.ActionEn.Source,
            _ => throw new ArgumentException($"no {part}.{language} in a template"),
        };
    }

    internal GuidanceTemplate this[string id] => templates[id];
}
