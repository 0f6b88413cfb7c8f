namespace WarRoom.Web.Tests.Live;

/// <summary>
/// A dashboards folder for tests: the shipped boards plus <c>br02</c>, a small board scoped to 上海分行 (BR02), so
/// that scope rules can be seen on a board that is not the whole bank's.
/// </summary>
internal static class TestDashboards
{
    public const string Br02Board = """
        { "id": "br02", "title": { "zh": "上海分行作战室", "en": "Shanghai war room" }, "scope": "BR02",
          "resolution": "1920x1080",
          "pages": [ { "id": "main", "title": { "zh": "总览", "en": "Overview" }, "dwellSeconds": 30,
            "widgets": [
              { "id": "countdown", "type": "countdown", "grid": { "col": 1, "row": 1, "colSpan": 4, "rowSpan": 2 } },
              { "id": "deals", "type": "dealTicker", "max": 5, "grid": { "col": 1, "row": 3, "colSpan": 12, "rowSpan": 6 } } ] } ] }
        """;

    /// <summary>Two pages of five seconds each: the shortest dwell a board may have, to see a screen rotate.</summary>
    public const string RotateBoard = """
        { "id": "rotate", "title": { "zh": "轮播测试", "en": "Rotation test" }, "scope": "HQ", "resolution": "1920x1080",
          "pages": [
            { "id": "first", "title": { "zh": "第一页", "en": "First" }, "dwellSeconds": 5,
              "widgets": [ { "id": "countdown", "type": "countdown", "grid": { "col": 1, "row": 1, "colSpan": 12, "rowSpan": 8 } } ] },
            { "id": "second", "title": { "zh": "第二页", "en": "Second" }, "dwellSeconds": 5,
              "widgets": [ { "id": "totals", "type": "kpiTiles", "kpis": ["deposit_new"], "grid": { "col": 1, "row": 1, "colSpan": 12, "rowSpan": 8 } } ] } ] }
        """;

    public static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("warroom-dashboards-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Boards.TestBank.RepoRoot(), "dashboards"), "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "br02.json"), Br02Board);
        File.WriteAllText(Path.Combine(folder, "rotate.json"), RotateBoard);
        return folder;
    }
}
