using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.Shared;

/// <summary>The wire vocabulary of API.md (levels, bases, windows) as people read it, in both languages.</summary>
public static class Words
{
    /// <summary>A unit's name in the page language (the Chinese name where no English one is known).</summary>
    public static string Name(UiLanguage ui, string name, string? nameEn) => ui.English && nameEn is { Length: > 0 } ? nameEn : name;

    /// <summary>The label over days left, saying what they count: 剩余工作日 / 剩余自然日.</summary>
    public static string DaysLeft(UiLanguage ui, WarRoom.Core.Campaigns.ProgressMode mode) =>
        mode == WarRoom.Core.Campaigns.ProgressMode.Workdays ? ui.T("剩余工作日", "Working days left") : ui.T("剩余自然日", "Calendar days left");

    /// <summary>A level code in the page language, named by the seed's levels (一级分行 / Tier-1 branch, …).</summary>
    public static string Level(Desk desk, string? level) =>
        desk.Levels.TryParse(level, out var known) ? known.Name.In(desk.English) : level ?? string.Empty;

    /// <summary>A level in the plural, for "9 sub-branches" / "9 个支行".</summary>
    public static string Count(Desk desk, int count, string? level) => desk.English
        ? $"{count} {(desk.Levels.TryParse(level, out var known) ? known.EnglishPlural() : "units")}"
        : $"{count} 个{Level(desk, level)}";

    public static string Basis(UiLanguage ui, string basis) => basis switch
    {
        "value" => ui.T("数值", "Value"),
        "completion" => ui.T("完成率", "Completion"),
        "pace" => ui.T("进度差", "Pace"),
        _ => basis,
    };

    public static string Window(UiLanguage ui, string window) => window switch
    {
        "campaign" => ui.T("活动累计", "Campaign to date"),
        "today" => ui.T("今日", "Today"),
        "week" => ui.T("本周", "This week"),
        "custom" => ui.T("自定义区间", "Custom range"),
        _ => window,
    };

    public static readonly IReadOnlyList<string> Bases = ["value", "completion", "pace"];

    public static readonly IReadOnlyList<string> Windows = ["campaign", "today", "week"];
}
