using WarRoom.Core;
using WarRoom.Core.Aggregates;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Kpis;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>The countdown, KPI tiles and gauges: the unit on screen against its targets and time progress.</summary>
internal sealed class KpiWidgets(KpiAggregates aggregates, KpiCatalog kpis, Campaign campaign)
{
    public CountdownPayload Countdown(FrameContext frame) => new()
    {
        Campaign = new LocalizedText(campaign.Name, campaign.NameEn ?? campaign.Name),
        End = campaign.ToLocal(campaign.End),
        DaysLeft = campaign.DaysLeft(frame.Now),
        DaysCounted = campaign.ProgressMode == ProgressMode.Workdays ? "workdays" : "calendar",
        CalendarDaysLeft = campaign.DaysLeft(frame.Now, ProgressMode.Calendar),
        TimeProgress = frame.TimeProgress,
    };

    public KpiTilesPayload Tiles(KpiTilesWidget widget, FrameContext frame) => new()
    {
        TimeProgress = frame.TimeProgress,
        Tiles = [.. widget.Kpis.Select(code => Tile(kpis.Find(code)!, frame, widget.Outlook))],
    };

    public GaugePayload Gauge(GaugeWidget widget, FrameContext frame) => new()
    {
        TimeProgress = frame.TimeProgress,
        Tile = Tile(kpis.Find(widget.Kpi)!, frame, widget.Outlook),
    };

    /// <summary>
    /// Campaign-to-date figures from the unit's detail (the same numbers as <c>GET /api/v1/units/{code}</c>); a KPI
    /// outside the campaign has a value but no target. "Today" is the day's increment of a <c>sum</c> KPI; a
    /// <c>latest</c> KPI is a level, which has no increment to show.
    /// </summary>
    private KpiTile Tile(Kpi kpi, FrameContext frame, bool outlook)
    {
        var detail = frame.Detail.Kpis.FirstOrDefault(k => k.Kpi == kpi);
        var value = detail?.Value ?? aggregates.Value(frame.Unit, kpi, RankWindow.CampaignToDate, frame.Now);
        double? today = kpi.Aggregation == KpiAggregation.Sum
            ? Figures.Amount(aggregates.Value(frame.Unit, kpi, RankWindow.Today, frame.Now))
            : null;
        return new KpiTile
        {
            Kpi = kpi.Code,
            Name = new LocalizedText(kpi.NameZh, kpi.NameEn),
            Unit = kpi.Unit,
            Value = Figures.Amount(value),
            Target = Figures.Amount(detail?.Target),
            Completion = Figures.Ratio(detail?.Completion),
            Pace = Figures.Ratio(detail?.Pace),
            Today = today,
            Forecast = outlook ? Figures.Ratio(detail?.Forecast?.Completion) : null,
            LastYear = outlook ? Figures.Ratio(detail?.LastYear?.Completion) : null,
        };
    }
}
