using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Guidance;

/// <summary>
/// What the rules read, captured once per run through the public ranking API: every unit's campaign-to-date value
/// per campaign KPI, its composite row among its siblings (score, rank, movement), and its last event. The rules
/// are pure functions of this state and the settings.
/// </summary>
internal sealed partial class GuidanceState
{
    private readonly double[] values;
    private readonly double[] forecasts;
    private readonly RankingItem?[] composite;
    private readonly int[] siblings;
    private readonly DateOnly?[] lastEvent;
    private readonly int[] workingBefore;

    public Ranker Ranker { get; }
    public GuidanceTemplates Templates { get; }
    public KpiAggregates Aggregates => Ranker.Aggregates;
    public OrgTree Tree => Aggregates.Tree;
    public Campaign Campaign => Aggregates.Campaign;
    public GuidanceSettings Settings => Campaign.Guidance;
    public GuidanceMoment Moment { get; }
    public double TimeProgress => Moment.TimeProgress;

    /// <summary>The campaign's KPIs; a KPI's slot is its position here.</summary>
    public IReadOnlyList<Kpi> Kpis { get; }

    /// <summary>Campaign-to-date value of the unit's subtree (0 for HQ, which no rule reads).</summary>
    public double Value(OrgUnit unit, int slot) => values[(unit.Index * Kpis.Count) + slot];

    /// <summary>The run-rate forecast completion of a branch's or sub-branch's KPI, null when there is none.</summary>
    public double? Forecast(OrgUnit unit, int slot) =>
        forecasts[(unit.Index * Kpis.Count) + slot] is var f && double.IsNaN(f) ? null : f;

    /// <summary>A usable target (&gt; 0, as the ranking treats it), or null.</summary>
    public double? Target(OrgUnit unit, int slot) => Campaign.Targets.Get(unit, Kpis[slot]) is > 0 and var t ? t : null;

    public double? Completion(OrgUnit unit, int slot) => Target(unit, slot) is { } t ? Value(unit, slot) / t : null;

    /// <summary>The customer segment or product to focus on for a KPI (guidance-templates.json).</summary>
    public LocalizedText Focus(int slot) => Templates.FocusOf(Kpis[slot]);

    /// <summary>
    /// Whether the KPI-level rules read this KPI. A lower-is-better KPI is a limit: "behind", "passed 100 %" and the
    /// wording mean something else for it, so only the composite (which already scores limits) covers it.
    /// </summary>
    public bool Guided(int slot) => Kpis[slot].Direction == KpiDirection.HigherIsBetter;

    /// <summary>The unit's composite row among its siblings (null for HQ).</summary>
    public RankingItem? Composite(OrgUnit unit) => composite[unit.Index];

    /// <summary>How many siblings the unit is ranked among, itself included.</summary>
    public int Siblings(OrgUnit unit) => siblings[unit.Index];

    /// <summary>The local date of the latest event in the unit's subtree, or null if none this campaign.</summary>
    public DateOnly? LastEventDate(OrgUnit unit) => lastEvent[unit.Index];

    /// <summary>
    /// Completed working days without an event: working days after the last event's date (or from the campaign's
    /// first day) and before today, within the campaign. Always on the working-day calendar, whatever the progress
    /// mode: a manager is not "quiet" over a weekend.
    /// </summary>
    public int QuietWorkingDays(OrgUnit unit)
    {
        var first = Campaign.FirstDay.DayNumber;
        var firstQuiet = lastEvent[unit.Index] is { } d ? d.DayNumber - first + 1 : 0;
        var today = Moment.Today.DayNumber - first;
        var from = Math.Clamp(firstQuiet, 0, Campaign.DayCount);
        var to = Math.Clamp(today, 0, Campaign.DayCount);
        return to > from ? workingBefore[to] - workingBefore[from] : 0;
    }

    /// <summary>The units of a level in pre-order.</summary>
    public IEnumerable<OrgUnit> UnitsAt(OrgLevel level) => Tree.UnitsAt(level, Tree.Root);

    /// <summary>The managers of a unit's subtree in pre-order.</summary>
    public IEnumerable<OrgUnit> ManagersUnder(OrgUnit unit) => Tree.UnitsAt(Tree.Levels.Leaf, unit);
}
