using WarRoom.Core.Guidance.Templates;
using WarRoom.Core.Seed;
using WarRoom.Core.Tests.Seed;
using WarRoom.SeedGeneration;

namespace WarRoom.Core.Tests.Guidance;

/// <summary>
/// guidance-templates.json problems over the minimal seed (campaign KPIs deposit_new and customers_new). Every error
/// names the file, the line and the JSON path.
/// </summary>
public sealed class TemplatesFileTests
{
    private const string File = GuidanceTemplatesFile.Name;

    private static readonly SeedData Seed = MinimalSeed.Load(MinimalSeed.Files());

    /// <summary>The generator's file for the minimal seed's KPIs.</summary>
    private static readonly string Good = GuidanceTemplatesJson.Write(["deposit_new", "customers_new", "mobile_mau"]);

    private static GuidanceTemplates Parse(string? text) => GuidanceTemplatesFile.Parse(text, Seed.Kpis, Seed.Campaign);

    private static IReadOnlyList<SeedError> Errors(string text) => Assert.Throws<SeedDataException>(() => Parse(text)).Errors;

    /// <summary><paramref name="find"/> replaced once; fails loudly when it is not there.</summary>
    private static string With(string find, string replace)
    {
        var at = Good.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the file");
        return Good[..at] + replace + Good[(at + find.Length)..];
    }

    private static int LineOf(string text, string find) => text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void The_generated_file_loads()
    {
        var templates = Parse(Good);

        Assert.Equal("代发工资客户、存量到期客户的资金留存和他行资金归集", templates.FocusOf(Seed.Kpis.Find("deposit_new")!).Zh);
        Assert.StartsWith("{unit}{kpi}{value}", templates.Source(TemplateIds.PaceLag, "message", "zh"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{unit}{kpi}{value}{kpiUnit}，完成率", "{unit}{kpi}{valeu}{kpiUnit}，完成率", "templates.pace_lag.message.zh", "unknown placeholder {valeu} in 'pace_lag' (allowed: campaign, completion, dailyNeeded, days, daysLeft, focus, gap, head, kpi, kpiUnit, level, outlook, parent, target, timeProgress, unit, unitCode, value)")]
    [InlineData("{completion} of target against", "{completion:P9} of target against", "templates.pace_lag.message.en", "format 'P9' of {completion} is not one of P0–P4, N0–N4, F0–F4 or pt0–pt4 (percentage points)")]
    [InlineData("聚焦{focus}：晨会", "聚焦{focus:P0}：晨会", "templates.pace_lag.action.zh", "{focus} is text and takes no format (got ':P0')")]
    [InlineData("{unit}（{parent}）已连续", "{unit（{parent}）已连续", "templates.inactive.message.zh", "'{' at character 1 is never closed")]
    [InlineData("喜报：{unit}综合得分", "喜报：unit}综合得分", "templates.top_performer.message.zh", "unmatched '}' at character 8 (write '}}' for a literal brace)")]
    [InlineData("{unit}（{parent}）综合完成率", "{unit}（{parent}）{kpi}综合完成率", "templates.pace_lag_manager.message.zh", "unknown placeholder {kpi} in 'pace_lag_manager' (allowed: campaign, completion, gap, head, level, parent, peers, rank, score, timeProgress, unit, unitCode, weakestFocus, weakestKpi)")]
    public void A_bad_placeholder_names_its_path_and_line(string find, string replace, string path, string problem)
    {
        var text = With(find, replace);

        var error = Assert.Single(Errors(text));

        Assert.Equal(new SeedError(File, LineOf(text, replace), $"{path}: {problem}"), error);
    }

    [Fact]
    public void A_missing_template_and_an_unknown_one_are_both_reported()
    {
        var text = With("\"rank_drop\":", "\"rank_fall\":");

        var errors = Errors(text);

        Assert.Equal(
            [new SeedError(File, LineOf(text, "\"rank_fall\""), "templates.rank_fall: unknown template id (expected one of pace_lag, pace_lag_critical, pace_lag_manager, rank_drop, inactive, inactive_unit, top_performer, breakthrough, breakthrough_overall, concentration, mix_gap)"),
             new SeedError(File, LineOf(text, "\"templates\""), "templates: template 'rank_drop' is missing")],
            errors);
    }

    [Fact]
    public void A_blank_language_is_rejected()
    {
        var text = With("\"en\": \"{unit} fell", "\"en\": \"  \", \"x\": \"{unit} fell");

        var errors = Errors(text);

        Assert.Equal(
            [new SeedError(File, LineOf(text, "\"en\": \"  \""), "templates.rank_drop.message.en: missing or not a non-empty string"),
             new SeedError(File, LineOf(text, "\"x\""), "templates.rank_drop.message.x: unknown property (expected zh, en)")],
            errors);
    }

    [Fact]
    public void Focus_must_cover_the_campaign_kpis_and_name_known_ones()
    {
        var text = With("\"customers_new\": {", "\"customer_new\": {");

        var errors = Errors(text);

        Assert.Equal(
            [new SeedError(File, LineOf(text, "\"customer_new\""), "focus.customer_new: unknown kpi 'customer_new' (not in kpis.csv)"),
             new SeedError(File, LineOf(text, "\"focus\""), "focus: no focus for campaign kpi 'customers_new'")],
            errors);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var text = With("\"templates\": {", "\"templates\": {,");

        var error = Assert.Single(Errors(text));

        Assert.Equal((File, LineOf(text, "\"templates\"")), (error.File, error.Line));
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_a_stray_property_are_reported()
    {
        Assert.Equal([new SeedError(File, 0, "file is missing")], Assert.Throws<SeedDataException>(() => Parse(null)).Errors);
        Assert.Equal([new SeedError(File, 2, "wording: unknown property (expected about, templates, focus)")], Errors(With("\"about\":", "\"wording\":")));
    }
}
