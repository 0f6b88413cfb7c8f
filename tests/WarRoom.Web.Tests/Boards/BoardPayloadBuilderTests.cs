using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Boards;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Boards.Payloads;
using WarRoom.Web.Tests.Live;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Boards;

/// <summary>Payloads built from the shipped boards over the seed bank: one frame per page and cycled unit, every widget fed.</summary>
public sealed class BoardPayloadBuilderTests(LiveServer app) : IClassFixture<LiveServer>
{
    public static TheoryData<string> Boards() => ["hq", "branch", "deposits", "customers"];

    [Theory]
    [MemberData(nameof(Boards))]
    public async Task Every_page_and_cycled_unit_has_a_frame_with_a_payload_of_the_right_type_for_every_widget(string boardId)
    {
        var board = app.Services.GetRequiredService<BoardCatalog>().Find(boardId)!;
        var org = app.Services.GetRequiredService<OrgTree>();
        var payload = await app.Services.GetRequiredService<BoardPayloadBuilder>().BuildAsync(board);

        var expected = board.Pages.SelectMany((page, index) => page.Cycle is { } cycle
            ? org.UnitsAt(cycle.Level, org.Find(board.Scope)!).Select(u => (index, (string?)u.Code))
            : [(index, null)]);
        Assert.Equal(expected, payload.Frames.Select(f => (f.Page, f.Unit)));
        foreach (var frame in payload.Frames)
        {
            var unit = org.Find(frame.Unit ?? board.Scope)!;
            foreach (var widget in board.Pages[frame.Page].Widgets)
            {
                var data = frame.Widgets[widget.Id];
                Assert.Equal(widget.TypeName, data.TypeName);
                switch ((widget, data))
                {
                    case (RankingWidget w, RankingPayload p):
                        Assert.Equal(Math.Min(w.Top, org.UnitsAt(w.Level, unit).Count()), p.Rows.Count);
                        Assert.Equal(1, p.Rows[0].Rank);
                        Assert.Equal(p.Rows.Select(r => r.Rank).Order(), p.Rows.Select(r => r.Rank));
                        break;
                    case (BranchGridWidget w, BranchGridPayload p):
                        Assert.Equal(org.UnitsAt(w.Level, unit).Select(u => u.Code), p.Cells.Select(c => c.Unit));
                        break;
                    case (KpiTilesWidget w, KpiTilesPayload p):
                        Assert.Equal(w.Kpis, p.Tiles.Select(t => t.Kpi));
                        Assert.All(p.Tiles, t => Assert.Equal(w.Outlook && t.Target is not null, t.Forecast is not null));
                        break;
                    case (GaugeWidget w, GaugePayload p):
                        Assert.Equal(w.Outlook && p.Tile.Target is not null, p.Tile.Forecast is not null);
                        break;
                    case (DealTickerWidget w, DealTickerPayload p):
                        Assert.InRange(p.Deals.Count, 0, w.Max);
                        break;
                }
            }
        }
    }

    [Fact]
    public async Task Tiles_and_tickers_show_what_was_booked_in_the_unit_on_screen()
    {
        await app.PostAsync(Event("builder-1", unit: "M00001", kpi: "deposit_new", value: 600));
        var board = app.Services.GetRequiredService<BoardCatalog>().Find("branch")!;
        var payload = await app.Services.GetRequiredService<BoardPayloadBuilder>().BuildAsync(board);

        var beijing = payload.Frames.Single(f => f.Unit == "BR01");
        var shanghai = payload.Frames.Single(f => f.Unit == "BR02");
        Assert.Equal(new LocalizedText("北京分行", "Beijing Branch"), beijing.UnitName);
        var tile = ((KpiTilesPayload)beijing.Widgets["branch-totals"]).Tiles.Single(t => t.Kpi == "deposit_new");
        Assert.True(tile.Value >= 600 && tile.Today >= 600 && tile.Target > 0 && tile.Completion > 0);
        Assert.Equal(0, ((KpiTilesPayload)shanghai.Widgets["branch-totals"]).Tiles.Single(t => t.Kpi == "deposit_new").Value);
    }

    [Fact]
    public async Task The_cache_builds_once_per_stamp_and_again_after_an_event()
    {
        var cache = app.Services.GetRequiredService<BoardPayloadCache>();
        var board = app.Services.GetRequiredService<BoardCatalog>().Find("hq")!;

        var first = await cache.GetAsync(board);
        Assert.Same(first, await cache.GetAsync(board));

        await app.PostAsync(Event("builder-cache-1", unit: "M00002", kpi: "fund_sales", value: 10));
        Assert.NotSame(first, await cache.GetAsync(board));
    }
}
