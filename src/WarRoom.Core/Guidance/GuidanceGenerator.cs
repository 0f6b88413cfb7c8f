using WarRoom.Core.Guidance.Rules;
using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Ranking;

namespace WarRoom.Core.Guidance;

/// <summary>
/// Writes the guidance (智能帮扶) for the whole bank from the rankings, targets and time progress: deterministic rules
/// (docs/guidance.md), worded from the bank's templates. Same state and instant, same report, byte for byte.
/// Thread-safe; it reads through the <see cref="Ranker"/> and keeps nothing between runs.
/// </summary>
public sealed class GuidanceGenerator(Ranker ranker, GuidanceTemplates templates)
{
    /// <summary>Reads are retried when events land mid-run, so a report comes from one version when traffic allows.</summary>
    private const int Attempts = 3;

    public Ranker Ranker => ranker;

    /// <summary>Guidance as of <paramref name="now"/> (live: today counts as a day left).</summary>
    public GuidanceReport Generate(DateTimeOffset now) =>
        Run(GuidanceMoment.Live(ranker.Aggregates.Campaign, now));

    /// <summary>Guidance as it read at <paramref name="asOf"/>, from the events up to that instant only.</summary>
    public GuidanceReport GenerateAsOf(DateTimeOffset asOf) =>
        Run(GuidanceMoment.At(ranker.Aggregates.Campaign, asOf));

    /// <summary>Guidance at the close of a local day, as read the next morning (the daily briefing's view).</summary>
    public GuidanceReport GenerateAtClose(DateOnly day) =>
        Run(GuidanceMoment.AtClose(ranker.Aggregates.Campaign, day));

    private GuidanceReport Run(GuidanceMoment moment)
    {
        var aggregates = ranker.Aggregates;
        if (moment.Instant < aggregates.Campaign.Start)
        {
            return new GuidanceReport(moment.Instant, aggregates.Version, 0, moment.DaysLeft, []);
        }

        GuidanceReport? report = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var version = aggregates.Version;
            var items = Evaluate(GuidanceState.Capture(ranker, templates, moment));
            report = new GuidanceReport(moment.Instant, version, moment.TimeProgress, moment.DaysLeft, items);
            if (aggregates.Version == version)
            {
                break;
            }
        }

        return report!;
    }

    private IReadOnlyList<GuidanceItem> Evaluate(GuidanceState state)
    {
        var findings = new List<Finding>();
        PaceLagRule.Evaluate(state, findings);
        var quiet = InactiveRule.Evaluate(state, findings);
        HelpListRule.Evaluate(state, findings, quiet);
        RankDropRule.Evaluate(state, findings);
        MixGapRule.Evaluate(state, findings);
        ConcentrationRule.Evaluate(state, findings);
        BreakthroughRule.Evaluate(state, findings);
        TopPerformerRule.Evaluate(state, findings);
        findings.Sort(GuidanceOrder.Instance);

        var renderer = new GuidanceRenderer(templates, state.Campaign, state.Kpis);
        return [.. findings.Select(renderer.Render)];
    }
}
