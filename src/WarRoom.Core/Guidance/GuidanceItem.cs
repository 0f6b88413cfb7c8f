using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance;

/// <summary>
/// One piece of guidance: what <paramref name="Unit"/> should know (<paramref name="Message"/>) and do
/// (<paramref name="Action"/>), in Chinese and English, with the figures behind it. <paramref name="Kpi"/> is null
/// for items about the composite or activity. <paramref name="Template"/> is the id of the wording used
/// (guidance-templates.json). <paramref name="Subject"/> is the manager a concentration item names;
/// <paramref name="StrongKpis"/> and <paramref name="WeakKpis"/> are filled for mix_gap only.
/// </summary>
public sealed record GuidanceItem(
    OrgUnit Unit,
    GuidanceKind Kind,
    GuidanceSeverity Severity,
    Kpi? Kpi,
    string Template,
    GuidanceFigures Figures,
    LocalizedText Message,
    LocalizedText Action,
    OrgUnit? Subject,
    IReadOnlyList<Kpi> StrongKpis,
    IReadOnlyList<Kpi> WeakKpis);
