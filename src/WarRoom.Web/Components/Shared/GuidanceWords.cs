using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.Shared;

/// <summary>Guidance severities and kinds (API.md wire words) as people read them.</summary>
public static class GuidanceWords
{
    public static readonly IReadOnlyList<string> Severities = ["critical", "warn", "info"];

    public static string Severity(UiLanguage ui, string severity) => severity switch
    {
        "critical" => ui.T("严重", "Critical"),
        "warn" => ui.T("预警", "Warning"),
        "info" => ui.T("提示", "Info"),
        _ => severity,
    };

    public static string Kind(UiLanguage ui, string kind) => kind switch
    {
        "pace_lag" => ui.T("落后时间进度", "Behind time"),
        "rank_drop" => ui.T("排名下滑", "Rank drop"),
        "inactive" => ui.T("帮扶名单", "Inactive"),
        "mix_gap" => ui.T("结构失衡", "Mix gap"),
        "concentration" => ui.T("业绩集中", "Concentration"),
        "breakthrough" => ui.T("喜报", "Breakthrough"),
        "top_performer" => ui.T("标兵", "Top performer"),
        _ => kind,
    };
}
