using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Seed;

/// <summary>campaign.json problems; line numbers refer to <see cref="MinimalSeed.Campaign"/> (start on line 5, kpis[0] on line 11).</summary>
public sealed class CampaignErrorTests
{
    private const string File = SeedFileNames.Campaign;

    [Theory]
    [InlineData("\"start\": \"2027-01-01T00:00:00+08:00\"", "\"start\": \"2027-13-01T00:00:00+08:00\"", 5, "start '2027-13-01T00:00:00+08:00' is not an ISO 8601 date-time with an offset (e.g. 2027-01-01T00:00:00+08:00)")]
    [InlineData("\"start\": \"2027-01-01T00:00:00+08:00\"", "\"start\": \"next monday\"", 5, "start 'next monday' is not an ISO 8601 date-time with an offset (e.g. 2027-01-01T00:00:00+08:00)")]
    [InlineData("\"start\": \"2027-01-01T00:00:00+08:00\"", "\"start\": \"2027-01-01T00:00:00\"", 5, "start '2027-01-01T00:00:00' is not an ISO 8601 date-time with an offset (e.g. 2027-01-01T00:00:00+08:00)")]
    [InlineData("\"end\": \"2027-04-01T00:00:00+08:00\"", "\"end\": \"2026-12-01T00:00:00+08:00\"", 6, "end 2026-12-01T00:00:00.0000000+08:00 is not after start 2027-01-01T00:00:00.0000000+08:00")]
    [InlineData("\"end\": \"2027-04-01T00:00:00+08:00\"", "\"end\": \"2027-01-01T00:00:00+08:00\"", 6, "end 2027-01-01T00:00:00.0000000+08:00 is not after start 2027-01-01T00:00:00.0000000+08:00")]
    [InlineData("\"end\": \"2027-04-01T00:00:00+08:00\"", "\"end\": 20270401", 6, "end is missing or not a non-empty string")]
    [InlineData("  \"id\": \"kmh-2027\",\n", "", 1, "id is missing or not a non-empty string")]
    [InlineData("\"Asia/Shanghai\"", "\"Mars/Olympus_Mons\"", 7, "unknown time zone 'Mars/Olympus_Mons'")]
    [InlineData("\"workdays\"", "\"weekly\"", 8, "progressMode 'weekly' must be 'calendar' or 'workdays'")]
    [InlineData("\"scoreCap\": 1.5", "\"scoreCap\": 0.5", 9, "scoreCap 0.5 must be a number of at least 1")]
    [InlineData("{ \"code\": \"deposit_new\", \"weight\": 0.6 }", "{ \"code\": \"deposits\", \"weight\": 0.6 }", 11, "unknown kpi 'deposits' in kpis[0] (not in kpis.csv)")]
    [InlineData("{ \"code\": \"deposit_new\", \"weight\": 0.6 }", "{ \"weight\": 0.6 }", 11, "kpis[0].code is missing")]
    [InlineData("{ \"code\": \"customers_new\", \"weight\": 0.4 }", "{ \"code\": \"deposit_new\", \"weight\": 0.4 }", 12, "kpi 'deposit_new' is listed twice")]
    [InlineData("\"weight\": 0.4", "\"weight\": -0.4", 12, "kpis[1].weight -0.4 must be a number ≥ 0")]
    [InlineData("\"weight\": 0.4", "\"weight\": \"heavy\"", 12, "kpis[1].weight heavy must be a number ≥ 0")]
    [InlineData("\"kpis\": [\n    { \"code\": \"deposit_new\", \"weight\": 0.6 },\n    { \"code\": \"customers_new\", \"weight\": 0.4 }\n  ]", "\"kpis\": []", 10, "kpis must be a non-empty array of { \"code\", \"weight\" }")]
    [InlineData("\"guidance\": { \"paceLagWarn\": 0.08 }", "\"guidance\": 0.08", 14, "guidance must be an object")]
    public void ReportsTheFieldsLine(string find, string replace, int line, string message)
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, find, replace));

        Assert.Equal([new SeedError(File, line, message)], errors);
    }

    [Fact]
    public void WeightsAddingUpToZeroAreRejected()
    {
        var files = MinimalSeed.With(File, "\"weight\": 0.6", "\"weight\": 0");
        files[File] = files[File].Replace("\"weight\": 0.4", "\"weight\": 0", StringComparison.Ordinal);

        Assert.Equal([new SeedError(File, 10, "the campaign's KPI weights add up to 0")], MinimalSeed.Errors(files));
    }

    [Fact]
    public void UnknownGuidanceSettingIsRejected()
    {
        var error = Assert.Single(MinimalSeed.Errors(MinimalSeed.With(File, "paceLagWarn", "paceLagWarning")));

        Assert.Equal((File, 14), (error.File, error.Line));
        Assert.StartsWith("guidance: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("paceLagWarning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonNamesTheLineOfTheSyntaxError()
    {
        // The missing comma after the time zone is noticed where the next property starts.
        var error = Assert.Single(MinimalSeed.Errors(MinimalSeed.With(File, "\"Asia/Shanghai\",", "\"Asia/Shanghai\"")));

        Assert.Equal((File, 8), (error.File, error.Line));
        Assert.StartsWith("malformed JSON: '\"' is invalid after a value.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJsonIsMalformed()
    {
        var error = Assert.Single(MinimalSeed.Errors(MinimalSeed.With(File, "  \"guidance\": { \"paceLagWarn\": 0.08 }\n}\n", "  \"guidance\": { \"paceLagWarn\": 0.08 }\n")));

        Assert.Equal(File, error.File);
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonThatIsNotAnObjectIsRejected()
    {
        var errors = MinimalSeed.Errors(MinimalSeed.With(File, MinimalSeed.Campaign, "[1, 2]\n"));

        Assert.Equal([new SeedError(File, 1, "campaign.json must hold one JSON object")], errors);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var data = MinimalSeed.Load(MinimalSeed.With(File, "{\n", "\uFEFF{\n"));

        Assert.Equal("kmh-2027", data.Campaign.Id);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var files = MinimalSeed.Files();
        files.Remove(File);

        Assert.Equal([new SeedError(File, 0, "file is missing")], MinimalSeed.Errors(files));
    }
}
