using System.Text.Json.Nodes;

namespace WarRoom.Web.Tests.Boards;

/// <summary>A small valid board (two pages, the second cycling by branch) that tests break one field at a time.</summary>
internal static class SampleBoard
{
    public const string Json = """
    {
      "id": "t",
      "title": { "zh": "测试看板", "en": "Test board" },
      "scope": "HQ",
      "resolution": "1920x1080",
      "theme": "dark",
      "pages": [
        {
          "id": "p0",
          "title": { "zh": "总览", "en": "Overview" },
          "dwellSeconds": 30,
          "widgets": [
            { "id": "cd", "type": "countdown", "grid": { "col": 1, "row": 1, "colSpan": 3, "rowSpan": 2 } },
            { "id": "tiles", "type": "kpiTiles", "kpis": ["deposit_new", "aum_growth"],
              "grid": { "col": 4, "row": 1, "colSpan": 9, "rowSpan": 2 } }
          ]
        },
        {
          "id": "p1",
          "title": { "zh": "分行", "en": "Branch" },
          "dwellSeconds": 20,
          "cycle": { "level": "branch" },
          "widgets": [
            { "id": "w0", "type": "countdown", "grid": { "col": 1, "row": 1, "colSpan": 2, "rowSpan": 2 } },
            { "id": "w1", "type": "trend", "kpi": "deposit_new", "grid": { "col": 3, "row": 1, "colSpan": 10, "rowSpan": 2 } },
            { "id": "w2", "type": "leaderboard", "level": "subbranch", "metric": "composite",
              "grid": { "col": 1, "row": 3, "colSpan": 6, "rowSpan": 6 } },
            { "id": "w3", "type": "leaderboard", "level": "manager", "metric": "fund_sales", "basis": "pace", "top": 8,
              "grid": { "col": 7, "row": 3, "colSpan": 6, "rowSpan": 6 } }
          ]
        }
      ]
    }
    """;

    public static JsonObject Node() => (JsonObject)JsonNode.Parse(Json)!;

    /// <summary>The sample with one change applied, as file text.</summary>
    public static string With(Action<JsonObject> change)
    {
        var node = Node();
        change(node);
        return node.ToJsonString();
    }

    public static JsonObject Page(JsonObject board, int page) => (JsonObject)board["pages"]![page]!;

    public static JsonObject Widget(JsonObject board, int page, int widget) =>
        (JsonObject)Page(board, page)["widgets"]![widget]!;
}
