using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using WarRoom.Core;
using WarRoom.Core.Org;
using WarRoom.Web.Components.DrillDown;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Tests.Components;

/// <summary>The unit page's guidance on the circuit: grouped by severity then kind, ten to a page, filtered in place.</summary>
public sealed class GuidancePanelTests : BunitContext
{
    public GuidancePanelTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Items_are_grouped_by_severity_then_kind_and_paged_ten_at_a_time()
    {
        var items = Items(("critical", "pace_lag", 4), ("critical", "inactive", 3), ("warn", "pace_lag", 12), ("info", "breakthrough", 6));

        var panel = Render(items, "zh");

        Assert.Equal(10, panel.FindAll("li.guidance-item").Count);
        Assert.Equal(["严重 · 落后时间进度 4", "严重 · 帮扶名单 3", "预警 · 落后时间进度 12"], Groups(panel));
        Assert.Contains("第 1 / 3 页（共 25 条）", panel.Find(".guidance-pager").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_severity_keeps_only_its_items_and_starts_again_at_the_first_page()
    {
        var panel = Render(Items(("critical", "pace_lag", 4), ("warn", "pace_lag", 12), ("info", "breakthrough", 6)), "en");

        panel.FindAll(".guidance-severity button").Single(b => b.TextContent.StartsWith("Info", StringComparison.Ordinal)).Click();

        Assert.Equal(6, panel.FindAll("li.guidance-item").Count);
        Assert.All(panel.FindAll("li.guidance-item"), li => Assert.Contains("severity-info", li.ClassName, StringComparison.Ordinal));
        Assert.Equal(["Info · Breakthrough 6"], Groups(panel));
    }

    [Fact]
    public void Words_filter_by_unit_code_or_message()
    {
        var panel = Render(Items(("warn", "pace_lag", 12)), "zh");

        panel.Find(".guidance-q").Input("SB0107");

        var left = panel.FindAll("li.guidance-item");
        Assert.Equal(["SB0107"], left.Select(li => li.GetAttribute("data-unit")));
    }

    [Fact]
    public void Update_follow_up_opens_that_items_form_through_the_lists_one_handler()
    {
        // The open controls are radios in the items' shared markup; their input event bubbles to the list's handler.
        Services.AddSingleton(OrgTree.Build([
            new OrgUnit { Code = "BR01", Name = "北京分行", Level = OrgLevel.Branch, PeerGroup = "A" },
            new OrgUnit { Code = "SB0101", Name = "朝阳支行", Level = OrgLevel.SubBranch, ParentCode = "BR01", PeerGroup = "A" },
            new OrgUnit { Code = "SB0102", Name = "海淀支行", Level = OrgLevel.SubBranch, ParentCode = "BR01", PeerGroup = "A" },
        ]));
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var org = Services.GetRequiredService<OrgTree>();
        var items = Items(("warn", "pace_lag", 2));
        var panel = Render<GuidancePanel>(p => p
            .Add(x => x.Items, items)
            .AddCascadingValue(new Desk(new UiLanguage("en"), new Viewer("head", Roles.BranchHead, org.Find("BR01")!), new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));
        Assert.Equal(2, panel.FindAll(".follow-up-open input[type=radio]").Count);
        Assert.Empty(panel.FindAll("form.follow-up-form"));

        panel.Find("li[data-unit=SB0102] .follow-up-open input").Input(items[1].Id);

        Assert.Single(panel.FindAll("li[data-unit=SB0102] form.follow-up-form"));
        Assert.Empty(panel.FindAll("li[data-unit=SB0101] form.follow-up-form"));
        Assert.Single(panel.FindAll("li[data-unit=SB0101] .follow-up-open"));
    }

    [Fact]
    public void No_items_says_so_instead_of_an_empty_grid()
    {
        var panel = Render([], "en");

        Assert.Equal("Nothing needs attention.", panel.Find(".guidance-none").TextContent);
        Assert.Empty(panel.FindAll(".guidance-pager"));
    }

    private IRenderedComponent<GuidancePanel> Render(IReadOnlyList<GuidanceItemDto> items, string lang) =>
        Render<GuidancePanel>(p => p
            .Add(x => x.Items, items)
            .AddCascadingValue(new Desk(new UiLanguage(lang), null, new ClaimsPrincipal(), "http://localhost/units/BR01", new Dictionary<string, string>(), OrgLevels.Regional)));

    private static List<string> Groups(IRenderedComponent<GuidancePanel> panel) =>
        [.. panel.FindAll("li.guidance-group").Select(g => string.Join(" ", g.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)))];

    /// <summary>Items in the order GuidanceCache gives them (severity, then kind), on units SB0101, SB0102, ….</summary>
    private static List<GuidanceItemDto> Items(params (string Severity, string Kind, int Count)[] groups)
    {
        var list = new List<GuidanceItemDto>();
        foreach (var (severity, kind, count) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                var unit = $"SB01{list.Count + 1:00}";
                list.Add(new GuidanceItemDto(
                    unit, "支行" + unit, kind, severity, "deposit_new", new OrderedDictionary<string, double>(),
                    new LocalizedText($"{unit} 落后", $"{unit} behind"), new LocalizedText("跟进", "Follow up"),
                    "Sub-branch " + unit, "subbranch", "BR01", "t"));
            }
        }

        return list;
    }
}
