using WarRoom.Core;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>Leaderboards, bar races and the branch grid: one <see cref="RankingQuery"/> per widget on the <see cref="Ranker"/>.</summary>
internal sealed class RankingWidgets(Ranker ranker, KpiCatalog kpis)
{
    private static readonly LocalizedText CompositeName = new("综合得分", "Composite score");
    private const string ScoreUnit = "分";

    public WidgetPayload Ranking(RankingWidget widget, FrameContext frame)
    {
        var peerGroup = (widget as LeaderboardWidget)?.PeerGroup;
        var query = new RankingQuery(widget.Level, widget.Metric, Basis(widget.Basis), frame.Unit, Window(widget.Window), widget.Top, peerGroup);
        var result = ranker.Rank(query, frame.Now);
        var rows = result.Items.Select(i => Row(i, frame.Unit)).ToList();
        var (name, unit) = Describe(widget.Metric);
        var level = widget.Level.ToWire();
        var basis = query.Basis.ToWire();
        var timeProgress = Figures.Ratio(result.TimeProgress);
        return widget switch
        {
            BarRaceWidget => new BarRacePayload
            {
                Level = level, Metric = widget.Metric, MetricName = name, Basis = basis, Unit = unit, TimeProgress = timeProgress, Rows = rows,
            },
            _ => new LeaderboardPayload
            {
                Level = level, Metric = widget.Metric, MetricName = name, Basis = basis, Unit = unit, TimeProgress = timeProgress, Rows = rows,
            },
        };
    }

    /// <summary>Every unit of the level as a tile, in the org tree's order (a fixed map, not a ranking).</summary>
    public BranchGridPayload Grid(BranchGridWidget widget, FrameContext frame)
    {
        var query = new RankingQuery(widget.Level, widget.Metric, RankBasis.Value, frame.Unit, RankWindow.CampaignToDate);
        var result = ranker.Rank(query, frame.Now);
        var (name, unit) = Describe(widget.Metric);
        return new BranchGridPayload
        {
            Level = widget.Level.ToWire(),
            Metric = widget.Metric,
            MetricName = name,
            Unit = unit,
            TimeProgress = Figures.Ratio(result.TimeProgress),
            Cells = [.. result.Items.OrderBy(i => i.Unit.Index).Select(i => Cell(i, frame.Unit))],
        };
    }

    private static RankingRow Row(RankingItem item, OrgUnit scope) => new()
    {
        Rank = item.Rank,
        Unit = item.Unit.Code,
        Name = item.Unit.Name,
        NameEn = item.Unit.NameEn,
        Label = ScreenNames.Label(item.Unit, scope),
        Context = ScreenNames.Context(item.Unit, scope),
        Value = Figures.Amount(item.Value ?? 0),
        Target = Figures.Amount(item.Target),
        Completion = Figures.Ratio(item.Completion),
        Pace = Figures.Ratio(item.Pace),
        Score = Figures.Amount(item.Score),
        RankChange = item.RankChange ?? 0,
    };

    private static GridCell Cell(RankingItem item, OrgUnit scope) => new()
    {
        Unit = item.Unit.Code,
        Name = item.Unit.Name,
        NameEn = item.Unit.NameEn,
        Label = ScreenNames.Label(item.Unit, scope),
        Rank = item.Rank,
        Value = Figures.Amount(item.Value ?? 0),
        Completion = Figures.Ratio(item.Completion),
        Pace = Figures.Ratio(item.Pace),
    };

    private (LocalizedText Name, string Unit) Describe(string metric) =>
        kpis.Find(metric) is { } kpi ? (new LocalizedText(kpi.NameZh, kpi.NameEn), kpi.Unit) : (CompositeName, ScoreUnit);

    private static RankBasis Basis(RankingBasis basis) => basis switch
    {
        RankingBasis.Completion => RankBasis.Completion,
        RankingBasis.Pace => RankBasis.Pace,
        _ => RankBasis.Value,
    };

    private static RankWindow Window(RankingWindow window) => window switch
    {
        RankingWindow.Today => RankWindow.Today,
        RankingWindow.Week => RankWindow.ThisWeek,
        _ => RankWindow.CampaignToDate,
    };
}
