using static WarRoom.Core.Guidance.Templates.PlaceholderKind;

namespace WarRoom.Core.Guidance.Templates;

/// <summary>
/// One wording's contract: the rule it belongs to, whether it is about a KPI, and the placeholders it may use.
/// The loader rejects a template that uses anything else, and every rule supplies all of them.
/// </summary>
internal sealed record TemplateSpec(string Id, GuidanceKind Kind, bool HasKpi, IReadOnlyDictionary<string, PlaceholderKind> Placeholders)
{
    /// <summary>Every item can name its unit, the unit's code, parent, level, the person in charge, and the campaign.</summary>
    public static readonly string[] Common = ["unit", "unitCode", "parent", "level", "head", "campaign"];

    /// <summary>Items about a KPI can also name it, its display unit and the segment or product to focus on.</summary>
    public static readonly string[] KpiTexts = ["kpi", "kpiUnit", "focus"];

    public static IReadOnlyList<TemplateSpec> All { get; } =
    [
        Spec(TemplateIds.PaceLag, GuidanceKind.PaceLag, true, PaceLagFigures()),
        Spec(TemplateIds.PaceLagCritical, GuidanceKind.PaceLag, true, PaceLagFigures()),
        Spec(TemplateIds.PaceLagManager, GuidanceKind.PaceLag, false,
            ("completion", Share), ("timeProgress", Share), ("gap", Share), ("score", Score), ("rank", Count), ("peers", Count),
            ("weakestKpi", Text), ("weakestFocus", Text)),
        Spec(TemplateIds.RankDrop, GuidanceKind.RankDrop, false,
            ("rank", Count), ("previousRank", Count), ("places", Count), ("peers", Count), ("score", Score)),
        Spec(TemplateIds.Inactive, GuidanceKind.Inactive, false, ("quietDays", Count), ("lastEvent", Text)),
        Spec(TemplateIds.InactiveUnit, GuidanceKind.Inactive, false, ("quietDays", Count), ("managers", Count), ("lastEvent", Text)),
        Spec(TemplateIds.TopPerformer, GuidanceKind.TopPerformer, false,
            ("score", Score), ("peers", Count), ("completion", Share), ("peerGroup", Text), ("scope", Text), ("bestKpi", Text)),
        Spec(TemplateIds.Breakthrough, GuidanceKind.Breakthrough, true, ("completion", Share), ("value", Amount), ("target", Amount)),
        Spec(TemplateIds.BreakthroughOverall, GuidanceKind.Breakthrough, false, ("score", Score), ("bestKpi", Text)),
        Spec(TemplateIds.Concentration, GuidanceKind.Concentration, true,
            ("share", Share), ("value", Amount), ("subjectValue", Amount), ("completion", Share), ("managers", Count), ("subject", Text)),
        Spec(TemplateIds.MixGap, GuidanceKind.MixGap, true,
            ("timeProgress", Share), ("strongCount", Count), ("weakCount", Count), ("bestCompletion", Share),
            ("worstCompletion", Share), ("strongKpis", Text), ("weakKpis", Text)),
    ];

    private static readonly Dictionary<string, TemplateSpec> ById = All.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static TemplateSpec? Find(string id) => ById.GetValueOrDefault(id);

    public static TemplateSpec Get(string id) => ById[id];

    private static (string, PlaceholderKind)[] PaceLagFigures() =>
    [
        ("completion", Share), ("timeProgress", Share), ("dailyNeeded", Amount), ("value", Amount), ("target", Amount),
        ("gap", Share), ("daysLeft", Count), ("days", Text), ("outlook", Text),
    ];

    private static TemplateSpec Spec(string id, GuidanceKind kind, bool hasKpi, params (string Name, PlaceholderKind Kind)[] own)
    {
        var all = new Dictionary<string, PlaceholderKind>(StringComparer.Ordinal);
        foreach (var name in Common.Concat(hasKpi ? KpiTexts : []))
        {
            all[name] = Text;
        }

        foreach (var (name, k) in own)
        {
            all[name] = k;
        }

        return new TemplateSpec(id, kind, hasKpi, all);
    }
}
