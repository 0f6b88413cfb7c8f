using System.Text.Json;
using WarRoom.Core;
using WarRoom.Core.Guidance;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Infrastructure.Errors;

namespace WarRoom.Web.Tests.Guidance;

/// <summary>
/// GET /api/v1/guidance below the endpoint: scope rules, filters, validation, caching and the JSON shape of API.md.
/// The seed campaign has no events here, so at 22 Feb every branch and sub-branch is far behind on every KPI.
/// </summary>
public sealed class GetGuidanceTests : IDisposable
{
    private readonly GuidanceWorld world = new();

    public void Dispose() => world.Dispose();

    private GetGuidance.Response Get(string viewerScope, string? scope = null, string? severity = null, string? kind = null, string? level = null, string? top = null) =>
        world.GuidanceHandler().Handle(new GetGuidance.Query(world.ViewerOf(viewerScope), scope, severity, kind, level, top), default).Result;

    [Fact]
    public void The_scope_defaults_to_the_viewers_and_holds_only_its_subtree()
    {
        var response = Get("BR02");

        Assert.Equal("BR02", response.Scope);
        Assert.NotEmpty(response.Items);
        Assert.All(response.Items, i => Assert.True(i.Unit == "BR02" || world.Seed.Org.Find(i.Unit)!.IsWithin(world.Seed.Org.Find("BR02")!), i.Unit));
        Assert.Equal(response.Total, response.Items.Count);
        Assert.Equal(GuidanceWorld.Now, response.AsOf);
        Assert.Equal(TimeSpan.FromHours(8), response.AsOf.Offset);
    }

    [Fact]
    public void Unknown_scope_is_404_and_outside_the_viewer_is_403()
    {
        Assert.Throws<NotFoundException>(() => Get("HQ", scope: "BR99"));
        Assert.Throws<ForbiddenException>(() => Get("BR01", scope: "SB0201"));
        Assert.Throws<ForbiddenException>(() => Get("BR01", scope: "HQ"));
    }

    [Fact]
    public void Filters_by_severity_kind_level_and_keeps_the_first_n()
    {
        var all = Get("HQ");
        var critical = Get("HQ", severity: "critical");
        var inactiveOrLag = Get("HQ", kind: "inactive,pace_lag", level: "branch");
        var top = Get("HQ", severity: "warn,critical", top: "5");

        Assert.All(critical.Items, i => Assert.Equal("critical", i.Severity));
        Assert.Equal(all.Items.Count(i => i.Severity == "critical"), critical.Total);
        Assert.All(inactiveOrLag.Items, i => Assert.True(i.Kind is "inactive" or "pace_lag" && i.Level == "branch"));
        Assert.Contains(inactiveOrLag.Items, i => i.Kind == "inactive");
        Assert.Equal(5, top.Items.Count);
        Assert.Equal(all.Items.Where(i => i.Severity is "warn" or "critical").Take(5).Select(i => (i.Unit, i.Kind, i.Kpi)), top.Items.Select(i => (i.Unit, i.Kind, i.Kpi)));
        Assert.True(top.Total > 5);
    }

    [Theory]
    [InlineData("severity", "severity=urgent", "severity 'urgent' must be one or more of critical, warn, info, comma-separated")]
    [InlineData("severity", "severity=warn,", "severity 'warn,' must be one or more of critical, warn, info, comma-separated")]
    [InlineData("kind", "kind=lag", "kind 'lag' must be one or more of pace_lag, rank_drop, inactive, mix_gap, concentration, breakthrough, top_performer, comma-separated")]
    [InlineData("level", "level=region", "level 'region' must be branch, subbranch or manager")]
    [InlineData("top", "top=-1", "top '-1' must be a whole number ≥ 0")]
    public void A_bad_parameter_is_a_400_naming_it(string parameter, string assignment, string message)
    {
        var value = assignment.Split('=', 2)[1];
        var query = new GetGuidance.Query(world.ViewerOf("HQ"), null,
            parameter == "severity" ? value : null, parameter == "kind" ? value : null, parameter == "level" ? value : null, parameter == "top" ? value : null);

        var failure = Assert.Single(new GetGuidance.Validator(world.Seed.Org).Validate(query).Errors);

        Assert.Equal((parameter, message), (failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Lists_with_spaces_and_every_bad_parameter_at_once()
    {
        var validator = new GetGuidance.Validator(world.Seed.Org);

        Assert.True(validator.Validate(new GetGuidance.Query(world.ViewerOf("HQ"), null, "critical, warn", "pace_lag,inactive", "manager", "0")).IsValid);
        Assert.Equal(["severity", "kind", "top"], validator.Validate(new GetGuidance.Query(world.ViewerOf("HQ"), null, "x", "y", null, "1.5")).Errors.Select(f => f.PropertyName));
    }

    [Fact]
    public void Repeated_requests_reuse_the_report_until_an_event_or_the_next_minute()
    {
        var first = world.Cache.Current();

        Assert.Same(first, world.Cache.Current());
        world.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Same(first, world.Cache.Current());

        world.Book("M00001", "deposit_new", GuidanceWorld.Now.AddHours(-1), 100);
        var afterEvent = world.Cache.Current();
        Assert.NotSame(first, afterEvent);
        Assert.True(afterEvent.Version > first.Version);

        world.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotSame(afterEvent, world.Cache.Current());
    }

    /// <summary>ADR 0027: a screen is served the last report; once it is older than the age, the next is computed in the background.</summary>
    [Fact]
    public async Task A_screen_gets_the_last_report_while_the_next_is_computed_in_the_background()
    {
        var first = world.Cache.Current();
        world.Book("M00001", "deposit_new", GuidanceWorld.Now.AddHours(-1), 100);

        world.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Same(first, world.Cache.Current(TimeSpan.FromSeconds(5)));
        var generation = world.Cache.Generation;

        world.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Same(first, world.Cache.Current(TimeSpan.FromSeconds(5)));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (world.Cache.Generation == generation && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        var fresh = world.Cache.Current(TimeSpan.FromSeconds(5));
        Assert.NotSame(first, fresh);
        Assert.Equal(world.Aggregates.Version, fresh.Version);
    }

    [Fact]
    public void Json_has_the_shape_of_api_md()
    {
        var response = Get("HQ", kind: "pace_lag", level: "subbranch", top: "1");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(response, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var item = json.RootElement.GetProperty("items")[0];

        Assert.Equal(
            ["unit", "unitName", "kind", "severity", "kpi", "figures", "message", "action", "unitNameEn", "level", "parent", "template", "id", "followUp"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["completion", "timeProgress", "dailyNeeded", "value", "target", "gap", "daysLeft"], item.GetProperty("figures").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["zh", "en"], item.GetProperty("message").EnumerateObject().Select(p => p.Name));
        Assert.Equal("SB0101", item.GetProperty("unit").GetString());
        Assert.Equal("critical", item.GetProperty("severity").GetString());
        Assert.Equal("deposit_new", item.GetProperty("kpi").GetString());
        Assert.Equal(0, item.GetProperty("figures").GetProperty("completion").GetDouble());
    }

    [Fact]
    public void Concentration_and_mix_gap_extras_name_the_manager_and_the_kpis()
    {
        var item = new GuidanceItem(
            world.Seed.Org.Find("SB0101")!, GuidanceKind.MixGap, GuidanceSeverity.Warn, world.Seed.Kpis.Find("fund_sales"), "mix_gap",
            new GuidanceFigures().Add("timeProgress", 0.5), new LocalizedText("中", "en"), new LocalizedText("中", "en"),
            world.Seed.Org.Find("M00001"), [world.Seed.Kpis.Find("deposit_new")!], [world.Seed.Kpis.Find("fund_sales")!]);

        var dto = GuidanceItemDto.From(item);

        Assert.Equal(("M00001", "deposit_new", "fund_sales"), (dto.Subject, dto.StrongKpis![0], dto.WeakKpis![0]));
        Assert.Equal(world.Seed.Org.Find("M00001")!.Name, dto.SubjectName);
    }
}
