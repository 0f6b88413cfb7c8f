using WarRoom.Core.Campaigns;

namespace WarRoom.Core.Guidance.Briefing;

/// <summary>The briefing's fixed words in zh and en: headings, column titles, dates.</summary>
internal sealed record BriefingText(
    string Title, string DataAsOf, string TimeProgress, string DaysLeft, string YesterdayHeading, string NotWorking,
    string[] Columns, string RankingHeading, string ProgressHeading, string ActionsHeading, string Suggestion,
    string NoActions, string NoScore)
{
    public static readonly BriefingText Zh = new(
        "晨报", "数据截至{0}日终", "时间进度", "剩余", "昨日业绩", "非工作日",
        ["指标", "昨日", "昨日排名", "累计", "完成率", "较时间进度（百分点）"],
        "综合排名", "进度", "今日三项重点", "建议", "暂无需特别关注的事项，保持当前节奏。", "暂无综合得分（未下达目标）");

    public static readonly BriefingText En = new(
        "Morning briefing", "figures to the close of {0}", "time progress", "left", "Yesterday's results", "not a working day",
        ["KPI", "Yesterday", "Rank yesterday", "To date", "Completion", "vs time progress (points)"],
        "Composite ranking", "Pace", "Top three actions today", "Action", "Nothing needs special attention; keep the pace.", "no composite score (no targets set)");

    private static readonly string[] WeekdaysZh = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
    private static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static BriefingText For(bool english) => english ? En : Zh;

    /// <summary>"2027年2月22日（星期一）" / "Monday 22 February 2027".</summary>
    public static string LongDate(DateOnly d, bool english) =>
        english ? $"{d.DayOfWeek} {d.Day} {MonthsEn[d.Month - 1]} {d.Year}" : $"{d.Year}年{d.Month}月{d.Day}日（{WeekdaysZh[(int)d.DayOfWeek]}）";

    /// <summary>"2月21日 星期日" / "Sunday 21 February".</summary>
    public static string DayOf(DateOnly d, bool english) =>
        english ? $"{d.DayOfWeek} {d.Day} {MonthsEn[d.Month - 1]}" : $"{d.Month}月{d.Day}日 {WeekdaysZh[(int)d.DayOfWeek]}";

    /// <summary>Yesterday as the heading names it, with the holiday's name or "not a working day" when it was not one.</summary>
    public string Day(DateOnly d, WorkCalendar calendar, bool english)
    {
        var text = DayOf(d, english);
        if (calendar.IsWorkingDay(d))
        {
            return text;
        }

        var special = calendar.Special(d);
        var name = special is null ? NotWorking : english ? special.NameEn : special.NameZh;
        return english ? $"{text}, {name}" : $"{text}，{name}";
    }

    public static string Severity(GuidanceSeverity severity, bool english) => severity switch
    {
        GuidanceSeverity.Critical => english ? "Critical" : "严重",
        GuidanceSeverity.Warn => english ? "Warning" : "关注",
        _ => english ? "Good news" : "喜报",
    };
}
