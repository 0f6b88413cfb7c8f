using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance;

/// <summary>
/// What a rule found, before it is put into words: the unit, kind, severity, KPI slot (−1 for none), the wording
/// to use, the figures, and any texts the wording needs beyond the common ones.
/// </summary>
internal sealed class Finding(OrgUnit unit, GuidanceKind kind, GuidanceSeverity severity, string template, int slot = -1)
{
    public OrgUnit Unit { get; } = unit;
    public GuidanceKind Kind { get; } = kind;
    public GuidanceSeverity Severity { get; } = severity;
    public string Template { get; } = template;
    public int Slot { get; } = slot;
    public GuidanceFigures Figures { get; } = new();
    public Dictionary<string, LocalizedText> Texts { get; } = new(StringComparer.Ordinal);
    public OrgUnit? Subject { get; init; }
    public IReadOnlyList<int> StrongSlots { get; init; } = [];
    public IReadOnlyList<int> WeakSlots { get; init; } = [];

    public Finding Figure(string name, double value)
    {
        Figures.Add(name, value);
        return this;
    }

    public Finding Text(string name, LocalizedText text)
    {
        Texts[name] = text;
        return this;
    }
}
