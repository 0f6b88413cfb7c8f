using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Guidance;

internal sealed partial class GuidanceState
{
    /// <summary>The levels the rules cover: all below HQ (HQ has no siblings and nobody to guide it).</summary>
    public IEnumerable<OrgLevel> GuidedLevels => Tree.Levels.BelowRoot;

    private GuidanceState(Ranker ranker, GuidanceTemplates templates, GuidanceMoment moment)
    {
        Ranker = ranker;
        Templates = templates;
        Moment = moment;
        Kpis = [.. Campaign.Kpis.Select(k => k.Kpi)];
        var n = Tree.Count;
        values = new double[n * Kpis.Count];
        forecasts = new double[n * Kpis.Count];
        Array.Fill(forecasts, double.NaN);
        composite = new RankingItem?[n];
        siblings = new int[n];
        lastEvent = new DateOnly?[n];
        workingBefore = new int[Campaign.DayCount + 1];
        for (var d = 0; d < Campaign.DayCount; d++)
        {
            workingBefore[d + 1] = workingBefore[d] + (Campaign.Calendar.IsWorkingDay(Campaign.DayAt(d)) ? 1 : 0);
        }
    }

    /// <summary>
    /// Reads everything at <paramref name="moment"/>: every unit's value (and forecast) per level and KPI read straight
    /// (<see cref="Ranker.ReadValues"/>; the same figures as a ranking by value, without its sorts), one
    /// composite ranking per level, grouped by parent, for sibling ranks (<see cref="Ranker.RankSiblings"/>) and one
    /// per peer group for the leaders (≈40). Rankings of a past close are cached by the ranker, so most of these cost
    /// one pass over a level.
    /// </summary>
    public static GuidanceState Capture(Ranker ranker, GuidanceTemplates templates, GuidanceMoment moment)
    {
        var state = new GuidanceState(ranker, templates, moment);
        state.CaptureValues();
        state.CaptureComposite();
        state.CaptureLeaders();
        foreach (var unit in state.Tree.Units)
        {
            if ((moment.AsOf ? state.Aggregates.LastEventTime(unit, moment.Instant) : state.Aggregates.LastEventTime(unit)) is { } t)
            {
                state.lastEvent[unit.Index] = state.Campaign.LocalDate(t);
            }
        }

        return state;
    }

    /// <summary>A ranking at <paramref name="instant"/>, as of that instant when the moment is a past one.</summary>
    public RankingResult Rank(RankingQuery query, DateTimeOffset instant) =>
        Moment.AsOf ? Ranker.RankAsOf(query, instant) : Ranker.Rank(query, instant);

    private void CaptureValues()
    {
        foreach (var level in GuidedLevels)
        {
            for (var slot = 0; slot < Kpis.Count; slot++)
            {
                // Only the pace_lag rule reads a forecast, and only for branches and sub-branches.
                Ranker.ReadValues(level, Kpis[slot], Moment.Instant, Moment.AsOf, forecast: !level.IsLeaf, values, forecasts, Kpis.Count, slot);
            }
        }
    }

    private void CaptureComposite()
    {
        foreach (var level in GuidedLevels)
        {
            Ranker.RankSiblings(level, Moment.Instant, Moment.AsOf, composite, siblings);
        }
    }
}
