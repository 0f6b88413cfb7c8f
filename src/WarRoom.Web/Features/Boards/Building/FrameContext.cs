using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// One frame being built: the unit on screen (the board's scope, or the cycled unit) at one business instant. The
/// unit's detail is read at most once per frame, however many tiles and gauges ask for it.
/// </summary>
internal sealed class FrameContext(OrgUnit unit, DateTimeOffset now, Campaign campaign, Ranker ranker)
{
    private UnitDetail? detail;

    public OrgUnit Unit => unit;

    public DateTimeOffset Now => now;

    public double TimeProgress { get; } = Figures.Ratio(campaign.TimeProgress(now));

    public UnitDetail Detail => detail ??= ranker.Detail(unit, now);
}
