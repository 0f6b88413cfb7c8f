using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Features.Rankings;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>
/// The live filter bar's dimension filter (维度): a plain select whose choice is a new address, so a link reproduces
/// the view; choosing a tag moves the ranking to a sum KPI by value, and a later choice a tag cannot cut (the
/// composite) drops it, while one it can (another sum KPI, today, a level) keeps it.
/// </summary>
public sealed class ChildrenControlsTests : BunitContext
{
    [Fact]
    public void The_dimension_select_is_a_plain_select_listing_every_value_and_marks_the_chosen_one()
    {
        var bar = Render(Table(new ChildrenView(Metric: "fund_sales", Tag: "channel:mobile")));

        var options = bar.FindAll("select.filter-tag option");
        Assert.Equal(["", "channel:branch", "channel:mobile", "segment:private"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("渠道 · 手机银行", options[2].TextContent);
        Assert.True(options[2].HasAttribute("selected"));
        Assert.Empty(bar.FindAll("[class*=rz-]"));
    }

    [Fact]
    public void Choosing_a_value_on_the_composite_moves_to_the_first_sum_KPI_by_value_in_the_same_window()
    {
        var bar = Render(Table(new ChildrenView(Basis: "completion", Window: "week")));

        bar.Find("select.filter-tag").Change("channel:mobile");

        Assert.Equal("http://localhost/units/BR01?metric=deposit_new&window=week&tag=channel%3Amobile&size=50", Address());
    }

    [Fact]
    public void A_sum_KPI_already_chosen_is_kept_and_all_clears_the_tag()
    {
        var bar = Render(Table(new ChildrenView(Metric: "fund_sales", Q: "M01")));

        bar.Find("select.filter-tag").Change("segment:private");
        Assert.Equal("http://localhost/units/BR01?metric=fund_sales&q=M01&tag=segment%3Aprivate&size=50", Address());

        var tagged = Render(Table(new ChildrenView(Metric: "fund_sales", Tag: "segment:private")));
        tagged.Find("select.filter-tag").Change("");
        Assert.Equal("http://localhost/units/BR01?metric=fund_sales&size=50", Address());
    }

    [Theory]
    [InlineData("select.filter-metric", "composite", "metric=composite&size=50")]
    [InlineData("select.filter-metric", "deposit_new", "metric=deposit_new&tag=channel%3Amobile&size=50")]
    [InlineData("select.filter-level", "manager", "level=manager&metric=fund_sales&tag=channel%3Amobile&size=50")]
    [InlineData("select.filter-window", "today", "metric=fund_sales&window=today&tag=channel%3Amobile&size=50")]
    public void A_later_choice_keeps_the_tag_where_it_still_cuts_the_ranking(string select, string value, string query)
    {
        var bar = Render(Table(new ChildrenView(Metric: "fund_sales", Tag: "channel:mobile")));

        bar.Find(select).Change(value);

        Assert.Equal("http://localhost/units/BR01?" + query, Address());
    }

    private string Address() => Services.GetRequiredService<NavigationManager>().Uri;

    private IRenderedComponent<ChildrenControls> Render(ChildrenTable table) =>
        Render<ChildrenControls>(p => p
            .Add(x => x.Table, table)
            .Add(x => x.Kpis, [Kpi("deposit_new", "新增存款"), Kpi("fund_sales", "基金销量")])
            .Add(x => x.Grid, GridView.From(table.View, null, "50", null))
            .AddCascadingValue(new Desk(new UiLanguage("zh"), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));

    private static UnitKpiDto Kpi(string code, string zh) => new(code, new LocalizedText(zh, code), "万元", 0.1, 0, null, null, null, null, null, 0, null, null);

    private static ChildrenTable Table(ChildrenView view)
    {
        var ranking = new RankingDto(
            DateTimeOffset.Parse("2027-02-22T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), "subbranch",
            view.Metric ?? "composite", view.Basis ?? "value", "BR01", view.Window ?? "campaign", 0.5, 0.5, 0, []);
        return new ChildrenTable("BR01", view, ranking, [], ["subbranch", "manager"], ["A"])
        {
            Tags =
            [
                new("channel:branch", new("渠道", "Channel"), new("网点", "Branch counter")),
                new("channel:mobile", new("渠道", "Channel"), new("手机银行", "Mobile banking")),
                new("segment:private", new("客群", "Segment"), new("私行", "Private banking")),
            ],
            TagMetrics = ["deposit_new", "fund_sales"],
        };
    }
}
