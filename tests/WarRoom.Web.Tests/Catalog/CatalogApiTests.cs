using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;

namespace WarRoom.Web.Tests.Catalog;

/// <summary>The catalogue endpoints of API.md, answered from the seed data and the business clock.</summary>
public sealed class CatalogApiTests(WarRoomAppFactory app) : IClassFixture<WarRoomAppFactory>
{
    private readonly HttpClient leader = app.ClientWith(WarRoomAppFactory.LeaderToken);

    [Fact]
    public async Task The_campaign_shows_working_day_time_progress_at_the_frozen_clock()
    {
        var campaign = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/campaign"))!;

        // Monday 22 Feb 2027 10:00: 31 working days lie behind (Jan 1–3 and Feb 5–13 off, Jan 30 and Feb 14 worked),
        // plus 10 of today's 24 hours, out of the campaign's 59 working days; today counts among the days left.
        Assert.Equal(Math.Round((31 + (10.0 / 24)) / 59, 6), campaign["timeProgress"]!.GetValue<double>());
        Assert.Equal(28, campaign["daysLeft"]!.GetValue<int>());
        Assert.Equal("workdays", campaign["progressMode"]!.GetValue<string>());
        Assert.Equal("2027-01-01T00:00:00+08:00", campaign["start"]!.GetValue<string>());
        Assert.Equal("2027-04-01T00:00:00+08:00", campaign["end"]!.GetValue<string>());
        Assert.Equal("Asia/Shanghai", campaign["timeZone"]!.GetValue<string>());
        Assert.Equal(1.5, campaign["scoreCap"]!.GetValue<double>());
        Assert.Equal(15, campaign["kpis"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_org_lists_every_unit_flat_with_parents_before_children()
    {
        var units = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/org"))!["units"]!.AsArray();
        var seen = new HashSet<string>();

        Assert.Equal(1593, units.Count);
        Assert.Equal("""{"code":"BR01","name":"北京分行","nameEn":"Beijing Branch","level":"branch","parent":"HQ","peerGroup":"A"}""", units[1]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        foreach (var unit in units)
        {
            var parent = unit!["parent"]?.GetValue<string>();
            Assert.True(parent is null || seen.Contains(parent), $"{unit["code"]} comes before its parent {parent}");
            seen.Add(unit["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_org_names_the_regional_levels_root_first_and_every_unit_is_at_one_of_them()
    {
        var org = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/org"))!;
        var levels = org["levels"]!.AsArray();

        Assert.Equal(
            """[{"code":"hq","name":{"zh":"总行","en":"Head office"},"order":0},{"code":"branch","name":{"zh":"分行","en":"Branch"},"order":1},{"code":"subbranch","name":{"zh":"支行","en":"Sub-branch"},"order":2},{"code":"manager","name":{"zh":"客户经理","en":"Manager"},"order":3}]""",
            levels.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var codes = levels.Select(l => l!["code"]!.GetValue<string>()).ToHashSet();
        Assert.All(org["units"]!.AsArray(), u => Assert.Contains(u!["level"]!.GetValue<string>(), codes));
    }

    [Fact]
    public async Task A_branch_reader_gets_only_its_branch_subtree()
    {
        using var reader = app.ClientWith(WarRoomAppFactory.ReaderBr01Token);
        var units = (await reader.GetFromJsonAsync<JsonObject>("/api/v1/org"))!["units"]!.AsArray();

        Assert.Equal("BR01", units[0]!["code"]!.GetValue<string>());
        Assert.All(units.Skip(1), u => Assert.NotEqual("HQ", u!["parent"]!.GetValue<string>()));
        Assert.DoesNotContain(units, u => u!["code"]!.GetValue<string>() == "BR02");
    }

    [Fact]
    public async Task The_kpis_carry_names_in_both_languages_aggregation_weight_and_big_deal()
    {
        var kpis = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/kpis"))!["kpis"]!.AsArray();
        var deposits = kpis.Single(k => k!["code"]!.GetValue<string>() == "deposit_new")!;
        var mau = kpis.Single(k => k!["code"]!.GetValue<string>() == "mobile_mau")!;

        Assert.Equal("新增存款", deposits["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("New deposits", deposits["name"]!["en"]!.GetValue<string>());
        Assert.Equal("万元", deposits["unit"]!.GetValue<string>());
        Assert.Equal("sum", deposits["aggregation"]!.GetValue<string>());
        Assert.Equal(0.15, deposits["weight"]!.GetValue<double>());
        Assert.Equal(500, deposits["bigDeal"]!.GetValue<double>());
        Assert.Equal("latest", mau["aggregation"]!.GetValue<string>());
        var rate = kpis.Single(k => k!["code"]!.GetValue<string>() == "mobile_mau_rate")!;
        Assert.Equal(("ratio", "mobile_mau", "mobile_customers"), (rate["aggregation"]!.GetValue<string>(), rate["numerator"]!.GetValue<string>(), rate["denominator"]!.GetValue<string>()));
        Assert.Equal("daily_average", kpis.Single(k => k!["code"]!.GetValue<string>() == "deposit_daily_avg")!["aggregation"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_dimensions_list_their_values_in_both_languages()
    {
        var dimensions = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/dimensions"))!["dimensions"]!.AsArray();

        Assert.Equal(["channel", "product", "segment"], dimensions.Select(d => d!["code"]!.GetValue<string>()));
        var channel = dimensions[0]!;
        Assert.Equal(("渠道", "Channel"), (channel["name"]!["zh"]!.GetValue<string>(), channel["name"]!["en"]!.GetValue<string>()));
        Assert.Equal(["网点", "手机银行", "企业微信", "外呼"], channel["values"]!.AsArray().Select(v => v!["name"]!["zh"]!.GetValue<string>()));
        Assert.Equal(["mass", "affluent", "private"], dimensions[2]!["values"]!.AsArray().Select(v => v!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_kpis_say_what_one_event_may_carry()
    {
        var kpis = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/kpis"))!["kpis"]!.AsArray().ToDictionary(k => k!["code"]!.GetValue<string>());

        // Net deposit outflows are real reversals; customers, cards and MAU are whole counts that never go below 0.
        Assert.False(kpis["deposit_new"]!["integer"]!.GetValue<bool>());
        Assert.Equal(-50_000, kpis["deposit_new"]!["minEvent"]!.GetValue<double>());
        Assert.Equal(50_000, kpis["deposit_new"]!["maxEvent"]!.GetValue<double>());
        foreach (var count in new[] { "customers_new", "payroll_accounts", "credit_cards", "mobile_mau" })
        {
            Assert.True(kpis[count]!["integer"]!.GetValue<bool>(), count);
            Assert.Equal(0, kpis[count]!["minEvent"]!.GetValue<double>());
        }

        Assert.All(kpis.Values, k => Assert.True(k!["minEvent"]!.GetValue<double>() < k["maxEvent"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Health_is_open_and_ready_once_the_store_answers_and_the_rebuild_is_done()
    {
        using var anonymous = app.CreateClient();
        await app.WaitUntilReadyAsync();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/campaign")).StatusCode);
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_the_ingest_queue_depth()
    {
        await app.WaitUntilReadyAsync();
        var response = await leader.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE warroom_ingest_queue_depth gauge", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^warroom_ingest_queue_depth \d+$", text);
    }
}
