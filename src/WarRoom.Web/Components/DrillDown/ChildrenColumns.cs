using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>The ranking grid's columns: the query-string key (as in <c>sort=</c> and <c>hide=</c>) and the row property.</summary>
public sealed record ChildrenColumn(string Key, string Property, string Zh, string En, bool Numeric, string? Width, bool Sortable = true)
{
    public string Title(UiLanguage ui, bool composite) => Key == "value" && composite ? ui.T("得分", "Score") : ui.T(Zh, En);
}

public static class ChildrenColumns
{
    public static readonly IReadOnlyList<ChildrenColumn> All =
    [
        new("rank", "Rank", "排名", "Rank", true, "80px"),
        new("change", "RankChange", "变化", "Δ", true, "80px"),
        new("name", "Name", "名称", "Name", false, null),
        new("peer", "PeerGroup", "同类", "Peer", false, "80px", Sortable: false),
        new("value", "Value", "数值", "Value", true, "120px"),
        new("target", "Target", "目标", "Target", true, "120px"),
        new("completion", "Completion", "完成率", "Completion", true, "110px"),
        new("pace", "Pace", "进度差", "Pace", true, "100px"),
        // Where this pace ends (the run-rate forecast at the campaign's end) and last year's completion at the same working day.
        new("forecast", "ForecastCompletion", "预计完成", "Forecast", true, "110px"),
        new("lastYear", "LastYearCompletion", "同比", "Last year", true, "100px"),
    ];
}
