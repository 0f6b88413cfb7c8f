using System.Globalization;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Org;

namespace WarRoom.Core.Guidance;

/// <summary>
/// The few words guidance needs that are grammar, not the bank's wording: level nouns, who is in charge, unit
/// names in English, day counts and dates. The sentences themselves live in guidance-templates.json.
/// </summary>
internal static class Words
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The level's noun from the seed, in English in lower case for the middle of a sentence.</summary>
    public static LocalizedText Level(OrgLevel level) => new(level.Name.Zh, Lower(level.Name.In(english: true)));

    /// <summary>"branches", "sub-branches", "managers": English plural of the level's noun.</summary>
    public static string LevelPlural(OrgLevel level) => level.EnglishPlural();

    /// <summary>Who answers for the unit's result: the executive in charge at HQ, the head of a branch level, the manager.</summary>
    public static LocalizedText Head(OrgLevel level)
    {
        var name = Level(level);
        return level.IsRoot ? new(name.Zh + "分管行领导", name.En + " executive in charge")
            : level.IsLeaf ? new(name.Zh + "本人", name.En)
            : new(name.Zh + "行长", name.En + " head");
    }

    private static string Lower(string text) => text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    public static LocalizedText Name(OrgUnit unit) => new(unit.Name, unit.DisplayName(english: true));

    /// <summary>The KPI's display unit in English (万元 is ten thousand yuan).</summary>
    public static LocalizedText KpiUnit(string unit) => unit switch
    {
        "万元" => new(unit, "RMB 10k"),
        "户" => new(unit, "accounts"),
        "张" => new(unit, "cards"),
        "人" => new(unit, "people"),
        "笔" => new(unit, "transactions"),
        _ => LocalizedText.Both(unit),
    };

    /// <summary>"27个工作日" / "27 working days" in workday mode, "27天" / "27 days" in calendar mode.</summary>
    public static LocalizedText Days(int days, ProgressMode mode)
    {
        var n = days.ToString("N0", Invariant);
        return mode == ProgressMode.Workdays
            ? new($"{n}个工作日", days == 1 ? "1 working day" : $"{n} working days")
            : new($"{n}天", days == 1 ? "1 day" : $"{n} days");
    }

    /// <summary>"2月17日" / "17 Feb".</summary>
    public static LocalizedText ShortDate(DateOnly date) =>
        new($"{date.Month}月{date.Day}日", $"{date.Day} {MonthsEn[date.Month - 1]}");

    /// <summary>
    /// "按当前进度预计3月31日完成87.0%。" / " At this pace, 87.0% by 31 Mar." — empty when there is no forecast yet
    /// (no completed working day to take a rate from), so a template can always carry it.
    /// </summary>
    public static LocalizedText Outlook(double? forecast, DateOnly lastDay)
    {
        if (forecast is not { } f)
        {
            return new(string.Empty, string.Empty);
        }

        var pct = (f * 100).ToString("0.0", Invariant);
        var date = ShortDate(lastDay);
        return new($"按当前进度预计{date.Zh}完成{pct}%。", $" At this pace, {pct}% by {date.En}.");
    }

    /// <summary>Names joined as a list: "新增存款、基金销量" / "New deposits, Fund sales".</summary>
    public static LocalizedText List(IEnumerable<LocalizedText> items)
    {
        var list = items.ToList();
        return new(string.Join("、", list.Select(i => i.Zh)), string.Join(", ", list.Select(i => i.En)));
    }
}
