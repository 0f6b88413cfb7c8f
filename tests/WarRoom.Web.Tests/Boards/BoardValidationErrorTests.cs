using System.Text.Json.Nodes;
using WarRoom.Web.Features.Boards;
using static WarRoom.Web.Tests.Boards.SampleBoard;

namespace WarRoom.Web.Tests.Boards;

/// <summary>Each broken field is reported with the board's file and the field's path, and the board is refused.</summary>
public sealed class BoardValidationErrorTests
{
    private const string File = "dashboards/t.json";

    private static readonly Dictionary<string, (Action<JsonObject> Break, string Error)> Cases = new()
    {
        ["unknown metric"] = (b => Widget(b, 1, 3)["metric"] = "dep",
            "dashboards/t.json: pages[1].widgets[3].metric: unknown KPI 'dep'"),
        ["unknown tile KPI"] = (b => ((JsonArray)Widget(b, 0, 1)["kpis"]!).Add("deposits"),
            "dashboards/t.json: pages[0].widgets[1].kpis[2]: unknown KPI 'deposits'"),
        ["outlook not a switch"] = (b => Widget(b, 0, 1)["outlook"] = "yes",
            "dashboards/t.json: pages[0].widgets[1].outlook: expected true or false, found string"),
        ["unknown trend KPI"] = (b => Widget(b, 1, 1)["kpi"] = "aum",
            "dashboards/t.json: pages[1].widgets[1].kpi: unknown KPI 'aum'"),
        ["unknown scope"] = (b => b["scope"] = "BR99", "dashboards/t.json: scope: unknown unit 'BR99'"),
        ["cycle not below scope"] = (b => b["scope"] = "BR01",
            "dashboards/t.json: pages[1].cycle.level: 'branch' is not below the board's scope 'BR01' (branch)"),
        ["ranking not below cycled unit"] = (b => Widget(b, 1, 2)["level"] = "branch",
            "dashboards/t.json: pages[1].widgets[2].level: 'branch' is not below the level this page shows (branch)"),
        ["misspelt field"] = (b => Widget(b, 1, 3)["bassis"] = "pace",
            "dashboards/t.json: pages[1].widgets[3].bassis: unknown field"),
        ["wrong type"] = (b => Page(b, 0)["dwellSeconds"] = "30",
            "dashboards/t.json: pages[0].dwellSeconds: expected a whole number, found the string \"30\""),
        ["dwell out of range"] = (b => Page(b, 1)["dwellSeconds"] = 1,
            "dashboards/t.json: pages[1].dwellSeconds: 1 is outside 5..3600"),
        ["unknown basis"] = (b => Widget(b, 1, 3)["basis"] = "rank",
            "dashboards/t.json: pages[1].widgets[3].basis: 'rank' is not one of: value, completion, pace"),
        ["unknown widget type"] = (b => Widget(b, 0, 0)["type"] = "clock",
            "dashboards/t.json: pages[0].widgets[0].type: unknown widget type 'clock'"),
        ["missing setting"] = (b => Widget(b, 1, 2).Remove("metric"),
            "dashboards/t.json: pages[1].widgets[2].metric: is required"),
        ["grid overflow"] = (b => Widget(b, 0, 1)["grid"]!["colSpan"] = 10,
            "dashboards/t.json: pages[0].widgets[1].grid: columns 4..13 exceed the page's 12 columns"),
        ["overlap"] = (b => Widget(b, 1, 3)["grid"]!["col"] = 6,
            "dashboards/t.json: pages[1].widgets[3].grid: overlaps pages[1].widgets[2] ('w2')"),
        ["duplicate widget id"] = (b => Widget(b, 1, 0)["id"] = "cd",
            "dashboards/t.json: pages[1].widgets[0].id: duplicate widget id 'cd' (first at pages[0].widgets[0])"),
        ["duplicate page id"] = (b => Page(b, 1)["id"] = "p0", "dashboards/t.json: pages[1].id: duplicate page id 'p0'"),
        ["id not the file name"] = (b => b["id"] = "hq", "dashboards/t.json: id: 'hq' must match the file name 't.json'"),
        ["empty zh title"] = (b => b["title"]!["zh"] = " ", "dashboards/t.json: title.zh: must not be empty"),
        ["resolution"] = (b => b["resolution"] = "1280x720",
            "dashboards/t.json: resolution: '1280x720' is not one of: 1920x1080, 3840x2160"),
        ["cycle by manager"] = (b => Page(b, 1)["cycle"]!["level"] = "manager",
            "dashboards/t.json: pages[1].cycle.level: 'manager' is not one of: branch, subbranch"),
        ["no pages"] = (b => b["pages"] = new JsonArray(), "dashboards/t.json: pages: must hold at least one page"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Fact]
    public void The_unbroken_sample_is_valid()
    {
        var result = BoardLoader.Parse(Json, File, "t", TestBank.Vocabulary());
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_broken_field_is_named_with_its_board(string name)
    {
        var (breakIt, expected) = Cases[name];
        var result = BoardLoader.Parse(With(breakIt), File, "t", TestBank.Vocabulary());

        Assert.False(result.IsValid);
        Assert.Null(result.Board);
        var messages = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void One_pass_reports_shape_and_reference_errors_together()
    {
        var json = With(b =>
        {
            Widget(b, 1, 3)["metric"] = "dep";
            Widget(b, 0, 1)["colour"] = "red";
            Widget(b, 1, 1)["interval"] = "1w";
        });

        var errors = BoardLoader.Parse(json, File, "t", TestBank.Vocabulary()).Errors.Select(e => e.Field).ToList();

        Assert.Equal(["pages[0].widgets[1].colour", "pages[1].widgets[1].interval", "pages[1].widgets[3].metric"], errors.Order());
    }

    [Fact]
    public void A_skipped_widget_does_not_shift_the_paths_of_later_ones()
    {
        // widgets[1] cannot be built (no kpi); widgets[3] must still be named by its position in the file.
        var json = With(b =>
        {
            Widget(b, 1, 1).Remove("kpi");
            Widget(b, 1, 3)["metric"] = "dep";
        });

        var errors = BoardLoader.Parse(json, File, "t", TestBank.Vocabulary()).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("dashboards/t.json: pages[1].widgets[1].kpi: is required", errors);
        Assert.Contains(errors, e => e.StartsWith("dashboards/t.json: pages[1].widgets[3].metric: unknown KPI 'dep'", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_names_the_file_line_and_column()
    {
        var json = Json.Replace("\"scope\": \"HQ\",", "\"scope\": \"HQ\" \"x\",", StringComparison.Ordinal);

        var error = Assert.Single(BoardLoader.Parse(json, File, "t", TestBank.Vocabulary()).Errors);

        Assert.Equal(File, error.File);
        Assert.StartsWith("line 4, column ", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_for_authors()
    {
        var json = "// the test board\n" + Json.Replace("\"theme\": \"dark\",", "\"theme\": \"dark\", /* only theme */", StringComparison.Ordinal);
        Assert.True(BoardLoader.Parse(json, File, "t", TestBank.Vocabulary()).IsValid);
    }
}
