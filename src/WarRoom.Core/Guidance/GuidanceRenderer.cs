using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Kpis;

namespace WarRoom.Core.Guidance;

/// <summary>
/// Puts findings into the bank's words: fills the template of each finding in zh and en when the item's texts are
/// first read (<see cref="GuidanceWording"/>). Keeps the campaign and its KPIs only, not the run's state.
/// </summary>
internal sealed class GuidanceRenderer(GuidanceTemplates templates, Campaigns.Campaign campaign, IReadOnlyList<Kpi> kpis)
{
    public GuidanceItem Render(Finding f)
    {
        var spec = TemplateSpec.Get(f.Template);
        var kpi = f.Slot >= 0 ? kpis[f.Slot] : null;
        if (spec.HasKpi != kpi is not null)
        {
            throw new InvalidOperationException($"template '{f.Template}' {(spec.HasKpi ? "needs" : "takes no")} KPI");
        }

        return new GuidanceItem(
            f.Unit, f.Kind, f.Severity, kpi, f.Template, f.Figures, GuidanceWording.Deferred(() => Write(f, spec, kpi)),
            f.Subject, [.. f.StrongSlots.Select(s => kpis[s])], [.. f.WeakSlots.Select(s => kpis[s])]);
    }

    private GuidanceWording.Texts Write(Finding f, TemplateSpec spec, Kpi? kpi)
    {
        var template = templates[f.Template];
        string Zh(string name, string? format) => Resolve(f, spec, kpi, name, format, english: false);
        string En(string name, string? format) => Resolve(f, spec, kpi, name, format, english: true);
        return new GuidanceWording.Texts(
            new LocalizedText(template.MessageZh.Render(Zh), template.MessageEn.Render(En)),
            new LocalizedText(template.ActionZh.Render(Zh), template.ActionEn.Render(En)));
    }

    private string Resolve(Finding f, TemplateSpec spec, Kpi? kpi, string name, string? format, bool english)
    {
        var kind = spec.Placeholders[name];
        if (kind != PlaceholderKind.Text)
        {
            return f.Figures.TryGet(name, out var value)
                ? TemplateNumbers.Write(value, format, kind, kpi?.Decimals ?? 0)
                : throw new InvalidOperationException($"rule for '{f.Template}' did not set figure '{name}'");
        }

        if (f.Texts.TryGetValue(name, out var text))
        {
            return text.In(english);
        }

        var unit = f.Unit;
        var common = name switch
        {
            "unit" => Words.Name(unit),
            "unitCode" => LocalizedText.Both(unit.Code),
            "parent" => unit.Parent is { } p ? Words.Name(p) : Words.Level(unit.Level),
            "level" => Words.Level(unit.Level),
            "head" => Words.Head(unit.Level),
            "campaign" => new LocalizedText(campaign.Name, campaign.NameEn ?? campaign.Name),
            "kpi" when kpi is not null => new LocalizedText(kpi.NameZh, kpi.NameEn),
            "kpiUnit" when kpi is not null => Words.KpiUnit(kpi.Unit),
            "focus" when kpi is not null => templates.FocusOf(kpi),
            _ => throw new InvalidOperationException($"rule for '{f.Template}' did not set text '{name}'"),
        };
        return common.In(english);
    }
}
