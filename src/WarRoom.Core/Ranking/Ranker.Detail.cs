using WarRoom.Core.Aggregates;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Scoring;

namespace WarRoom.Core.Ranking;

public sealed partial class Ranker
{
    /// <summary>The unit's campaign-to-date figures at <paramref name="now"/>, explained down to each KPI's share of the score.</summary>
    public UnitDetail Detail(OrgUnit unit, DateTimeOffset now) => Detail(unit, now, asOf: false);

    /// <summary>The unit's figures as they stood at <paramref name="asOf"/> (events up to that instant only).</summary>
    public UnitDetail DetailAsOf(OrgUnit unit, DateTimeOffset asOf) => Detail(unit, asOf, asOf: true);

    private UnitDetail Detail(OrgUnit unit, DateTimeOffset now, bool asOf)
    {
        aggregates.CheckOwned(unit);
        var campaign = aggregates.Campaign;
        var days = RankWindow.CampaignToDate.ResolveDays(campaign, Horizon.At(campaign, now));
        var tp = timeProgress.At(now);
        var model = aggregates.Model;
        IReadOnlyList<OrgUnit> siblings = unit.Parent?.Children ?? [unit];
        var kpis = new UnitKpiDetail[model.Slots];

        using var _ = aggregates.Read();
        var cut = asOf ? aggregates.CutAt(now) : null;
        var rates = RatesFor(Horizon.At(campaign, now).LastDay);
        var weightSum = model.WeightSum(unit.Index);
        var past = LastYear;
        for (var j = 0; j < model.Slots; j++)
        {
            var kpi = aggregates.Catalog[model.KpiIndex[j]];
            var reader = new MetricReader(aggregates, kpi, RankBasis.Completion, days, cut);
            var value = FixedPoint.ToDouble(aggregates.ValueAt(unit.Index, kpi.Index, days, cut));
            var target = model.Target(unit.Index, j);
            var ahead = CountAhead(unit, j, days, tp, cut);
            int? siblingRank = unit.Parent is null ? null : RankAmong(siblings, unit, reader);
            var lastYearFigure = past?.KpiFigure(unit.Index, kpi.Index, days);
            if (double.IsNaN(target))
            {
                kpis[j] = new UnitKpiDetail(kpi, model.Weight[j], value, null, null, null, siblingRank, null, ahead, LastYear: lastYearFigure);
                continue;
            }

            var completion = value / target;
            var term = CompositeScore.Term(model.Weight[j], completion, model.Direction[j], model.Cap);
            var forecast = ForecastOf(rates, unit.Index, kpi, reader.ValueOf(unit.Index, kpi.Index), RemainingDays(tp));
            kpis[j] = new UnitKpiDetail(kpi, model.Weight[j], value, target, completion, completion - tp, siblingRank,
                CompositeScore.Contribution(term, weightSum), ahead, forecast, lastYearFigure);
        }

        var composite = new MetricReader(aggregates, null, RankBasis.Value, days, cut);
        var score = aggregates.ScoreAt(unit.Index, days, cut);
        int? scoreRank = unit.Parent is null ? null : RankAmong(siblings, unit, composite);
        var aheadCount = 0;
        var withoutScore = 0;
        foreach (var child in unit.Children)
        {
            var s = aggregates.ScoreAt(child.Index, days, cut);
            if (double.IsNaN(s))
            {
                withoutScore++;
            }
            else if (s / 100 >= tp)
            {
                aheadCount++;
            }
        }

        var lastMs = aggregates.LastEventMsAt(unit.Index, cut);
        DateTimeOffset? last = lastMs == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(lastMs);
        return new UnitDetail(unit, now, aggregates.VersionUnderLock, tp, double.IsNaN(score) ? null : score, scoreRank,
            siblings.Count, kpis, new ChildrenSummary(unit.Children.Count, aheadCount, withoutScore), last);
    }

    /// <summary>1 + the number of siblings strictly ahead: the shared competition rank the full ranking would give.</summary>
    private static int RankAmong(IReadOnlyList<OrgUnit> siblings, OrgUnit unit, in MetricReader reader)
    {
        var own = reader.Key(unit.Index);
        var rank = 1;
        foreach (var sibling in siblings)
        {
            if (reader.Key(sibling.Index) < own)
            {
                rank++;
            }
        }

        return rank;
    }

    private int CountAhead(OrgUnit unit, int slot, DayRange days, double tp, AsOfCut? cut)
    {
        var model = aggregates.Model;
        var kpi = model.KpiIndex[slot];
        var lower = model.Direction[slot] == KpiDirection.LowerIsBetter;
        var count = 0;
        foreach (var child in unit.Children)
        {
            var target = model.Target(child.Index, slot);
            if (double.IsNaN(target))
            {
                continue;
            }

            var completion = FixedPoint.ToDouble(aggregates.ValueAt(child.Index, kpi, days, cut)) / target;
            if (lower ? completion <= tp : completion >= tp)
            {
                count++;
            }
        }

        return count;
    }
}
