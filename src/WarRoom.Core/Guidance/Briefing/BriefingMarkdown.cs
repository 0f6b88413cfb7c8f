using System.Globalization;
using System.Text;
using WarRoom.Core.Guidance.Templates;

namespace WarRoom.Core.Guidance.Briefing;

/// <summary>Writes <see cref="BriefingData"/> as a short Markdown report (LF line ends, no trailing spaces).</summary>
internal static class BriefingMarkdown
{
    private const int MostBehindShown = 3;

    public static string Render(BriefingData d, bool en)
    {
        var t = BriefingText.For(en);
        var unit = Words.Name(d.Unit).In(en);
        var md = new StringBuilder();
        md.Append("# ").Append(unit).Append(en ? " · " : "").Append(t.Title).Append(" · ").Append(BriefingText.LongDate(d.Date, en)).Append("\n\n");
        var campaign = en ? d.Campaign.NameEn ?? d.Campaign.Name : d.Campaign.Name;
        md.Append(campaign).Append(" · ").Append(string.Format(CultureInfo.InvariantCulture, t.DataAsOf, en ? BriefingText.DayOf(d.Yesterday, en) : Words.ShortDate(d.Yesterday).Zh))
            .Append(" · ").Append(t.TimeProgress).Append(en ? " " : "").Append(Share(d.TimeProgress))
            .Append(" · ").Append(DaysLeft(d, en)).Append("\n\n");

        md.Append("## ").Append(t.YesterdayHeading).Append(en ? " (" : "（").Append(t.Day(d.Yesterday, d.Campaign.Calendar, en)).Append(en ? ")" : "）").Append("\n\n");
        md.Append("| ").AppendJoin(" | ", t.Columns).Append(" |\n| :-- | --: | --: | --: | --: | --: |\n");
        foreach (var k in d.Kpis)
        {
            var kpi = k.Detail.Kpi;
            md.Append("| ").Append(kpi.DisplayName(en)).Append(en ? " (" : "（").Append(Words.KpiUnit(kpi.Unit).In(en)).Append(en ? ")" : "）")
                .Append(" | ").Append(Amount(k.Yesterday, kpi.Decimals))
                .Append(" | ").Append(k.YesterdayRank.ToString(CultureInfo.InvariantCulture)).Append('/').Append(d.Siblings.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Amount(k.Detail.Value, kpi.Decimals))
                .Append(" | ").Append(k.Detail.Completion is { } c ? Share(c) : "—")
                .Append(" | ").Append(k.Detail.Pace is { } p ? Points(p) : "—").Append(" |\n");
        }

        md.Append("\n## ").Append(t.RankingHeading).Append("\n\n").Append(Ranking(d, en)).Append("\n\n");
        md.Append("## ").Append(t.ProgressHeading).Append("\n\n").Append(Pace(d, en)).Append("\n\n");
        md.Append("## ").Append(t.ActionsHeading).Append("\n\n");
        if (d.Actions.Count == 0)
        {
            md.Append(t.NoActions).Append('\n');
        }

        for (var i = 0; i < d.Actions.Count; i++)
        {
            var a = d.Actions[i];
            var label = BriefingText.Severity(a.Severity, en);
            md.Append(i + 1).Append(". ").Append(en ? $"**{label}** " : $"**【{label}】**").Append(a.Message.In(en)).Append('\n')
                .Append("   - ").Append(t.Suggestion).Append(en ? ": " : "：").Append(a.Action.In(en)).Append('\n');
        }

        if (d.HelpList > 0)
        {
            var quiet = d.HelpListInactive == 0 ? "" : en ? $" ({d.HelpListInactive} without any booking for days)" : $"（其中{d.HelpListInactive}名连续多日无业绩）";
            md.Append('\n').Append(en
                ? $"Help list: {d.HelpList} {(d.HelpList == 1 ? "manager" : "managers")}{quiet}; see the guidance panel."
                : $"帮扶名单：{d.HelpList}名客户经理{quiet}，详见智能帮扶。").Append('\n');
        }

        return md.ToString();
    }

    private static string DaysLeft(BriefingData d, bool en)
    {
        var days = Words.Days(d.DaysLeft, d.Campaign.ProgressMode).In(en);
        return en ? $"{days} left" : $"剩余{days}";
    }

    private static string Ranking(BriefingData d, bool en)
    {
        if (d.Composite is not { Score: { } score } row)
        {
            return BriefingText.For(en).NoScore;
        }

        var parent = Words.Name(d.Unit.Parent!).In(en);
        var level = en ? Words.LevelPlural(d.Unit.Level) : Words.Level(d.Unit.Level).Zh;
        var move = row.RankChange switch
        {
            null => "",
            0 => en ? ", unchanged since the previous day's close" : "，与前一日持平",
            > 0 and var up => en ? $", up {up} since the previous day's close" : $"，较前一日上升{up}名",
            var down => en ? $", down {-down} since the previous day's close" : $"，较前一日下降{-down}名",
        };
        return en
            ? $"Composite score {Score(score)}, ranked {row.Rank} of {d.Siblings} {level} under {parent}{move}."
            : $"综合得分{Score(score)}，在{parent}下辖{d.Siblings}个{level}中排第{row.Rank}名{move}。";
    }

    private static string Pace(BriefingData d, bool en)
    {
        var scored = d.Kpis.Where(k => k.Detail.Pace is not null).ToList();
        var ahead = scored.Count(k => k.Detail.Pace >= 0);
        var behind = scored.Where(k => k.Detail.Pace < 0).OrderBy(k => k.Detail.Pace).Take(MostBehindShown)
            .Select(k => en
                ? $"{k.Detail.Kpi.NameEn} ({Gap(k.Detail.Pace!.Value)} points behind)"
                : $"{k.Detail.Kpi.NameZh}（落后{Gap(k.Detail.Pace!.Value)}个百分点）")
            .ToList();
        var head = en
            ? $"{ahead} of {scored.Count} KPIs at or ahead of time progress ({Share(d.TimeProgress)})"
            : $"{scored.Count}项指标中{ahead}项达到时间进度（{Share(d.TimeProgress)}）";
        if (behind.Count == 0)
        {
            return head + (en ? "." : "。");
        }

        return en ? $"{head}; furthest behind: {string.Join(", ", behind)}." : $"{head}；落后最多：{string.Join("、", behind)}。";
    }

    private static string Amount(double value, int decimals) => TemplateNumbers.Write(value, null, PlaceholderKind.Amount, decimals);

    private static string Share(double value) => TemplateNumbers.Write(value, null, PlaceholderKind.Share, 0);

    private static string Score(double value) => TemplateNumbers.Write(value, null, PlaceholderKind.Score, 0);

    /// <summary>How far a negative pace is behind, in percentage points: 19.6.</summary>
    private static string Gap(double pace) => TemplateNumbers.Write(-pace, "pt1", PlaceholderKind.Share, 0);

    /// <summary>A pace as signed percentage points: +1.5, -19.6, 0.0.</summary>
    private static string Points(double pace)
    {
        var text = TemplateNumbers.Write(pace, "pt1", PlaceholderKind.Share, 0);
        return pace > 0 && text != "0.0" ? "+" + text : text;
    }
}
