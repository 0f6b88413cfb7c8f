using WarRoom.Core.Kpis;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance;

/// <summary>
/// One piece of guidance: what <see cref="Unit"/> should know (<see cref="Message"/>) and do (<see cref="Action"/>),
/// in Chinese and English, with the figures behind it. <see cref="Kpi"/> is null for items about the composite or
/// activity. <see cref="Template"/> is the id of the wording used (guidance-templates.json). <see cref="Subject"/>
/// is the manager a concentration item names; <see cref="StrongKpis"/> and <see cref="WeakKpis"/> are filled for
/// mix_gap only. The engine's items write their texts when first read (<see cref="GuidanceWording"/>): the rest
/// of an item is data, and the texts are only needed for the items someone shows.
/// </summary>
public sealed record GuidanceItem
{
    private readonly GuidanceWording wording;

    public GuidanceItem(
        OrgUnit Unit, GuidanceKind Kind, GuidanceSeverity Severity, Kpi? Kpi, string Template, GuidanceFigures Figures,
        LocalizedText Message, LocalizedText Action, OrgUnit? Subject, IReadOnlyList<Kpi> StrongKpis, IReadOnlyList<Kpi> WeakKpis)
        : this(Unit, Kind, Severity, Kpi, Template, Figures, GuidanceWording.Fixed(Message, Action), Subject, StrongKpis, WeakKpis)
    {
    }

    internal GuidanceItem(
        OrgUnit unit, GuidanceKind kind, GuidanceSeverity severity, Kpi? kpi, string template, GuidanceFigures figures,
        GuidanceWording wording, OrgUnit? subject, IReadOnlyList<Kpi> strongKpis, IReadOnlyList<Kpi> weakKpis)
    {
        Unit = unit;
        Kind = kind;
        Severity = severity;
        Kpi = kpi;
        Template = template;
        Figures = figures;
        this.wording = wording;
        Subject = subject;
        StrongKpis = strongKpis;
        WeakKpis = weakKpis;
    }

    public OrgUnit Unit { get; init; }

    public GuidanceKind Kind { get; init; }

    public GuidanceSeverity Severity { get; init; }

    public Kpi? Kpi { get; init; }

    public string Template { get; init; }

    public GuidanceFigures Figures { get; init; }

    public LocalizedText Message => wording.Read().Message;

    public LocalizedText Action => wording.Read().Action;

    public OrgUnit? Subject { get; init; }

    public IReadOnlyList<Kpi> StrongKpis { get; init; }

    public IReadOnlyList<Kpi> WeakKpis { get; init; }
}
