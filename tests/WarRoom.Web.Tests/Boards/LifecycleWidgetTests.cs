using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Dimensions;
using WarRoom.Core.Kpis;
using WarRoom.Core.Org;
using WarRoom.Core.Ranking;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Tests.Live;

namespace WarRoom.Web.Tests.Boards;

/// <summary>
/// The lifecycle widget now counts stages read straight (<see cref="Ranker.LifecycleCounts"/>); on the regional seed
/// its payload is the one the ranking by completion gave before, on the shipped customers board and for every level,
/// metric and scope (random trees: the Core oracle).
/// </summary>
public sealed class LifecycleWidgetTests(LiveServer app) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task The_customers_board_shows_the_counts_and_shares_of_the_ranking_by_completion()
    {
        var board = app.Services.GetRequiredService<BoardCatalog>().Find("customers")!;
        var payload = await app.Services.GetRequiredService<BoardPayloadBuilder>().BuildAsync(board);
        var org = app.Services.GetRequiredService<OrgTree>();
        var seen = 0;
        foreach (var frame in payload.Frames)
        {
            foreach (var widget in board.Pages[frame.Page].Widgets.OfType<LifecycleWidget>())
            {
                AssertSame(ByRanking(widget, org.Find(frame.Unit ?? board.Scope)!, payload.AsOf), (LifecyclePayload)frame.Widgets[widget.Id]);
                seen++;
            }
        }

        Assert.True(seen > 0, "the customers board has no lifecycle widget");
    }

    [Fact]
    public void Every_level_metric_and_scope_gives_the_payload_of_the_ranking_by_completion()
    {
        var org = app.Services.GetRequiredService<OrgTree>();
        var kpis = app.Services.GetRequiredService<KpiCatalog>();
        var ranker = app.Services.GetRequiredService<Ranker>();
        var widgets = new CustomerWidgets(ranker, kpis, app.Services.GetRequiredService<DimensionCatalog>());
        var campaign = app.Services.GetRequiredService<Campaign>();
        var now = campaign.ToLocal(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var metrics = kpis.All.Select(k => k.Code).Prepend(RankingQuery.Composite);
        var checkedManagers = false;
        foreach (var scope in new[] { org.Find("HQ")!, org.Find("BR01")!, org.Find("SB0101")! })
        {
            foreach (var level in org.Levels.BelowRoot.Where(l => l.Depth > scope.Level.Depth))
            {
                foreach (var metric in metrics)
                {
                    var widget = new LifecycleWidget { Id = "lc", Grid = new GridPlacement(1, 1, 6, 3), Level = level, Metric = metric };
                    var actual = widgets.Lifecycle(widget, new FrameContext(scope, now, campaign, ranker));
                    AssertSame(ByRanking(widget, scope, now), actual);
                    checkedManagers |= level == OrgLevel.Manager && actual.Units > 0;
                }
            }
        }

        Assert.True(checkedManagers, "no manager was counted");
    }

    private static void AssertSame(LifecyclePayload expected, LifecyclePayload actual)
    {
        Assert.Equal(expected.Level, actual.Level);
        Assert.Equal(expected.Units, actual.Units);
        Assert.Equal(expected.Rows, actual.Rows);
    }

    /// <summary>The widget as it was: every row of a campaign-to-date ranking by completion, placed by <see cref="Lifecycle.Of"/>.</summary>
    private LifecyclePayload ByRanking(LifecycleWidget widget, OrgUnit unit, DateTimeOffset now)
    {
        var ranker = app.Services.GetRequiredService<Ranker>();
        var campaign = ranker.Aggregates.Campaign;
        var result = ranker.Rank(new RankingQuery(widget.Level, widget.Metric, RankBasis.Completion, unit, RankWindow.CampaignToDate), now);
        var counts = new int[Lifecycle.Stages.Count];
        foreach (var item in result.Items)
        {
            var quiet = Lifecycle.QuietWorkingDays(campaign, ranker.Aggregates.LastEventTime(item.Unit), now);
            counts[(int)Lifecycle.Of(item.Completion, item.Pace, quiet, campaign.Guidance.InactiveWorkingDays)]++;
        }

        var total = result.Items.Count;
        return new LifecyclePayload
        {
            Level = widget.Level.ToWire(),
            Units = total,
            Rows = [.. Lifecycle.Stages.Select(s => new ShareRow(s.Code, s.Name, Figures.Amount(counts[(int)s.Stage]), total == 0 ? null : Figures.Ratio((double)counts[(int)s.Stage] / total)))],
        };
    }
}
