using System.Globalization;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Snapshots.Export;

/// <summary>Chinese words and number text the exports share.</summary>
public static class SnapshotText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The seed's name of a level code (分行, 二级分行, …); a code the seed no longer has shows as itself.</summary>
    public static string LevelName(string level, OrgLevels levels) => levels.TryParse(level, out var l) ? l.Name.Zh : level;

    /// <summary>"27 个工作日" in working-day mode, "36 个自然日" in calendar mode: days left say what they count.</summary>
    public static string DaysLeft(SnapshotDto s) =>
        $"{s.DaysLeft.ToString(Invariant)} 个{DaysCounted(s)}";

    /// <summary>工作日 or 自然日, from the campaign's progress mode.</summary>
    public static string DaysCounted(SnapshotDto s) => s.Campaign.ProgressMode == "workdays" ? "工作日" : "自然日";

    public static string Trigger(string trigger) => trigger == SnapshotDto.Weekly ? "每周自动" : "手动";

    public static string Severity(string severity) => severity switch
    {
        "critical" => "严重",
        "warn" => "预警",
        "info" => "提示",
        _ => severity,
    };

    public static string GuidanceKind(string kind) => kind switch
    {
        "pace_lag" => "落后时间进度",
        "rank_drop" => "排名下滑",
        "inactive" => "帮扶名单",
        "mix_gap" => "结构失衡",
        "concentration" => "业绩集中",
        "breakthrough" => "喜报",
        "top_performer" => "标兵",
        _ => kind,
    };

    /// <summary>What an empty guidance list means: none found, or no engine plugged in yet.</summary>
    public static string NoGuidance(SnapshotGuidanceDto guidance) =>
        guidance.Engine == "none" ? "本快照未含指引：指引引擎尚未接入（engine: none）" : "本快照范围内没有指引";

    public static string AsOf(SnapshotDto s) => $"{s.AsOf.ToString("yyyy-MM-dd HH:mm", Invariant)} ({s.Campaign.TimeZone})";

    /// <summary>Unit code → Chinese name, for every unit the snapshot holds (the scope and every row).</summary>
    public static Dictionary<string, string> Names(SnapshotDto s)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [s.Scope.Code] = s.Scope.Name };
        foreach (var row in s.Levels.SelectMany(l => l.Rows))
        {
            names[row.Unit] = row.Name;
        }

        return names;
    }

    /// <summary>
    /// A cell as plain text (CSV and PDF; Excel gets numbers with number formats instead). CSV passes
    /// <paramref name="group"/> false: a thousands separator would make a spreadsheet read the amount as text.
    /// </summary>
    public static string Format(ExportValue value, CellFormat format, bool group = true)
    {
        if (value.Text is { } text)
        {
            return text;
        }

        if (value.Number is not { } n)
        {
            return string.Empty;
        }

        return format switch
        {
            CellFormat.Integer => n.ToString("0", Invariant),
            CellFormat.SignedInteger => n.ToString("+0;-0;0", Invariant),
            CellFormat.Amount => n.ToString(group ? "#,##0.00" : "0.00", Invariant),
            CellFormat.Count => n.ToString(group ? "#,##0" : "0", Invariant),
            CellFormat.Percent => (n * 100).ToString("0.00", Invariant) + "%",
            CellFormat.SignedPercent => (n * 100).ToString("+0.00;-0.00;0.00", Invariant) + "%",
            CellFormat.Score => n.ToString("0.00", Invariant),
            _ => n.ToString(Invariant),
        };
    }
}
