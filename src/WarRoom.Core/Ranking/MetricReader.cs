using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Ranking;

/// <summary>
/// Reads one query's metric over one range of days: the rank key of a unit, and the figures of a row. The caller
/// holds the aggregates' read lock.
/// </summary>
internal readonly struct MetricReader
{
    private readonly KpiAggregates aggregates;
    private readonly TargetTable targets;
    private readonly int kpi;
    private readonly RankBasis basis;
    private readonly bool ascending;
    private readonly DayRange days;
    private readonly AsOfCut? cut;
    private readonly DayClose? close;
    private readonly TagFilter? tag;
    private readonly bool wholeCampaign;

    /// <param name="kpi">The KPI, or null for the composite score.</param>
    /// <param name="cut">For an as-of read, what the last day had added by then; null reads whole days.</param>
    /// <param name="tag">Reads what was booked with one dimension value: a sum KPI by value over the campaign
    /// (<paramref name="wholeCampaign"/>), today or this week (see <see cref="TagFilter.Problem"/>; the caller checked
    /// the days are kept).</param>
    public MetricReader(KpiAggregates aggregates, Kpi? kpi, RankBasis basis, DayRange days, AsOfCut? cut = null, TagFilter? tag = null, bool wholeCampaign = true)
    {
        this.cut = cut;
        close = cut is null ? aggregates.CloseFor(days) : null;
        this.tag = tag;
        this.wholeCampaign = wholeCampaign;
        this.aggregates = aggregates;
        targets = aggregates.Campaign.Targets;
        this.kpi = kpi?.Index ?? -1;
        this.basis = basis;
        ascending = kpi?.Direction == KpiDirection.LowerIsBetter;
        this.days = days;
    }

    /// <summary>
    /// The composite always ranks by score. A KPI ranks by value, or by completion for both completion and pace:
    /// pace is completion minus the same time progress for every row, so the order is the same, and subtracting
    /// first would only add rounding ties.
    /// </summary>
    public long Key(int unit)
    {
        if (kpi < 0)
        {
            var score = close?.Score(unit) ?? aggregates.ScoreAt(unit, days, cut);
            return double.IsNaN(score) ? RankEntry.Missing : RankEntry.FromDouble(score, ascending: false);
        }

        var value = tag is not null ? TagValue(unit) : close?.Value(unit, kpi) ?? aggregates.ValueAt(unit, kpi, days, cut);
        if (basis == RankBasis.Value)
        {
            return RankEntry.FromFixed(value, ascending);
        }

        var target = CompositeModel.TargetOf(targets, unit, kpi);
        return double.IsNaN(target) ? RankEntry.Missing : RankEntry.FromDouble(FixedPoint.ToDouble(value) / target, ascending);
    }

    /// <summary>Any KPI's value of the unit over this reader's days (fixed point).</summary>
    public long ValueOf(int unit, int kpiIndex) => aggregates.ValueAt(unit, kpiIndex, days, cut);

    public RankingItem Item(OrgUnit unit, int rank, int? rankChange, double paceReference)
    {
        if (kpi < 0)
        {
            var score = aggregates.ScoreAt(unit.Index, days, cut);
            if (double.IsNaN(score))
            {
                return new RankingItem(rank, unit, null, null, null, null, null, rankChange);
            }

            var c = score / 100;
            return new RankingItem(rank, unit, score, null, c, c - paceReference, score, rankChange);
        }

        if (tag is not null)
        {
            return new RankingItem(rank, unit, FixedPoint.ToDouble(TagValue(unit.Index)), null, null, null, null, rankChange);
        }

        var value = FixedPoint.ToDouble(aggregates.ValueAt(unit.Index, kpi, days, cut));
        var target = CompositeModel.TargetOf(targets, unit.Index, kpi);
        if (double.IsNaN(target))
        {
            return new RankingItem(rank, unit, value, null, null, null, null, rankChange);
        }

        var completion = value / target;
        return new RankingItem(rank, unit, value, target, completion, completion - paceReference, null, rankChange);
    }

    /// <summary>
    /// The completion <see cref="Item"/> gives the unit (the composite's score / 100), NaN where it gives none; no
    /// row is made, for counting 100,000 units. Not for a tag filter.
    /// </summary>
    public double Completion(int unit)
    {
        if (kpi < 0)
        {
            return aggregates.ScoreAt(unit, days, cut) / 100;
        }

        var target = CompositeModel.TargetOf(targets, unit, kpi);
        return double.IsNaN(target) ? double.NaN : FixedPoint.ToDouble(aggregates.ValueAt(unit, kpi, days, cut)) / target;
    }

    private long TagValue(int unit) =>
        aggregates.TryTagTotal(unit, kpi, tag!.Dimension.Index, tag.Value.Index, days, wholeCampaign, out var value)
            ? value
            : throw new InvalidOperationException($"the figures by {tag.Wire} over days {days.From}..{days.To} are no longer kept");
}
