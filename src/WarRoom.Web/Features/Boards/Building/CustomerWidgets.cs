using WarRoom.Core;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>The customer-operations widgets, all from the in-memory aggregates: breakdown, funnel, lifecycle.</summary>
internal sealed class CustomerWidgets(Ranker ranker, KpiCatalog kpis, DimensionCatalog dimensions)
{
    public BreakdownPayload Breakdown(BreakdownWidget widget, FrameContext frame)
    {
        var kpi = kpis.Find(widget.Kpi)!;
        var b = ranker.Aggregates.BreakdownOf(frame.Unit, kpi, dimensions.Find(widget.By)!);
        var rows = b.Shares().Select(s => new ShareRow(s.Key, s.Name, Figures.Amount(s.Value), Figures.Ratio(s.Share))).ToList();
        return new BreakdownPayload
        {
            Kpi = kpi.Code, KpiName = new LocalizedText(kpi.NameZh, kpi.NameEn), Unit = kpi.Unit, Dimension = b.Dimension.Name,
            Total = Figures.Amount(b.Total), Rows = rows,
        };
    }

    public FunnelPayload Funnel(FunnelWidget widget, FrameContext frame)
    {
        var rows = new List<FunnelStageRow>();
        double? before = null;
        foreach (var stage in widget.Stages)
        {
            var kpi = kpis.Find(stage.Kpi)!;
            var value = ranker.Aggregates.Value(frame.Unit, kpi, RankWindow.CampaignToDate, frame.Now);
            var conversion = before is { } b ? (b > 0 ? Figures.Ratio(value / b) : null) : (double?)null;
            rows.Add(new FunnelStageRow(kpi.Code, stage.Label ?? new LocalizedText(kpi.NameZh, kpi.NameEn), kpi.Unit, Figures.Amount(value), conversion));
            before = value;
        }

        return new FunnelPayload { Stages = rows };
    }

    /// <summary>
    /// Every unit of the widget's level under the one on screen, placed by <see cref="Core.Ranking.Lifecycle.Of"/>: the
    /// counts are read straight (<see cref="Ranker.LifecycleCounts"/>), not from a ranking of 100,000 managers.
    /// </summary>
    public LifecyclePayload Lifecycle(LifecycleWidget widget, FrameContext frame)
    {
        var counts = ranker.LifecycleCounts(widget.Level, widget.Metric, frame.Unit, frame.Now);
        var total = counts.Sum();
        return new LifecyclePayload
        {
            Level = widget.Level.ToWire(),
            Units = total,
            Rows = [.. Core.Ranking.Lifecycle.Stages.Select(s => Row(s.Code, s.Name, counts[(int)s.Stage], total))],
        };
    }

    private static ShareRow Row(string key, LocalizedText name, double value, double total) =>
        new(key, name, Figures.Amount(value), total == 0 ? null : Figures.Ratio(value / total));
}
