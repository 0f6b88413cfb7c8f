using WarRoom.Core;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Pipeline;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// Builds a board's complete payload from its definition: one frame per page, one per unit on a cycling page (in
/// the org tree's order), each holding exactly what its widgets show. Rankings and totals come from the in-memory
/// aggregates; only hourly trends touch the store (cached). Use <see cref="BoardPayloadCache"/> rather than calling
/// this per request.
/// </summary>
public sealed class BoardPayloadBuilder
{
    private readonly OrgTree org;
    private readonly Campaign campaign;
    private readonly Ranker ranker;
    private readonly TrendCache trends;
    private readonly LiveFeed feed;
    private readonly GuidanceCache guidance;
    private readonly TimeProvider clock;
    private readonly RankingWidgets rankings;
    private readonly KpiWidgets figures;
    private readonly CustomerWidgets customers;

    public BoardPayloadBuilder(
        OrgTree org, KpiCatalog kpis, Campaign campaign, Ranker ranker, TrendCache trends, LiveFeed feed,
        GuidanceCache guidance, TimeProvider clock, DimensionCatalog dimensions)
    {
        this.org = org;
        this.campaign = campaign;
        this.ranker = ranker;
        this.trends = trends;
        this.feed = feed;
        this.guidance = guidance;
        this.clock = clock;
        rankings = new RankingWidgets(ranker, kpis);
        figures = new KpiWidgets(ranker.Aggregates, kpis, campaign);
        customers = new CustomerWidgets(ranker, kpis, dimensions);
    }

    public async Task<BoardPayload> BuildAsync(BoardDefinition board, CancellationToken ct = default)
    {
        var now = campaign.ToLocal(clock.GetUtcNow());
        var scope = org.Find(board.Scope) ?? throw new InvalidOperationException($"board '{board.Id}' names unknown scope '{board.Scope}'");
        var frames = new List<PageFrame>();
        for (var p = 0; p < board.Pages.Count; p++)
        {
            var page = board.Pages[p];
            if (page.Cycle is { } cycle)
            {
                foreach (var unit in org.UnitsAt(cycle.Level, scope))
                {
                    frames.Add(await FrameAsync(p, page, unit, cycled: true, now, ct));
                }
            }
            else
            {
                frames.Add(await FrameAsync(p, page, scope, cycled: false, now, ct));
            }
        }

        return new BoardPayload { BoardId = board.Id, AsOf = now, Complete = true, Frames = frames };
    }

    private async Task<PageFrame> FrameAsync(int index, BoardPage page, OrgUnit unit, bool cycled, DateTimeOffset now, CancellationToken ct)
    {
        var frame = new FrameContext(unit, now, campaign, ranker);
        var widgets = new Dictionary<string, WidgetPayload>(StringComparer.Ordinal);
        foreach (var widget in page.Widgets)
        {
            widgets[widget.Id] = await WidgetAsync(widget, frame, ct);
        }

        return new PageFrame
        {
            Page = index,
            Unit = cycled ? unit.Code : null,
            UnitName = cycled ? new LocalizedText(unit.Name, unit.NameEn ?? string.Empty) : null,
            Widgets = widgets,
        };
    }

    private async Task<WidgetPayload> WidgetAsync(WidgetDefinition widget, FrameContext frame, CancellationToken ct) => widget switch
    {
        CountdownWidget => figures.Countdown(frame),
        KpiTilesWidget tiles => figures.Tiles(tiles, frame),
        GaugeWidget gauge => figures.Gauge(gauge, frame),
        RankingWidget ranking => rankings.Ranking(ranking, frame),
        BranchGridWidget grid => rankings.Grid(grid, frame),
        TrendWidget trend => await trends.GetAsync(frame.Unit, ranker.Aggregates.Catalog.Find(trend.Kpi)!, trend.Interval, frame.Now, ct),
        DealTickerWidget ticker => new DealTickerPayload { Deals = feed.Deals.Latest(frame.Unit, ticker.Kpis, ticker.Max) },
        FollowUpWidget followUp => new FollowUpPayload { Rows = guidance.FollowUpShares(frame.Unit, followUp.Level) },
        BreakdownWidget breakdown => customers.Breakdown(breakdown, frame),
        FunnelWidget funnel => customers.Funnel(funnel, frame),
        LifecycleWidget lifecycle => customers.Lifecycle(lifecycle, frame),
        GuidancePanelWidget panel => new GuidancePanelPayload
        {
            Items = [.. guidance.ForScreens(frame.Unit).Where(i => i.Severity.ToBoard() >= panel.MinSeverity).Take(panel.Max).Select(guidance.Describe)],
        },
        _ => throw new InvalidOperationException($"no payload for widget type {widget.TypeName}"),
    };
}
