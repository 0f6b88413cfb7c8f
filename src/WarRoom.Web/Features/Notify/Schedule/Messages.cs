using System.Globalization;
using System.Text;
using WarRoom.Core.Campaigns;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.FollowUp;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// The texts of the help list, the 喜报 and the pace alert as WeCom markdown (the 晨报 is BriefingWriter's own).
/// Colours are WeCom's three: <c>warning</c> (orange), <c>info</c> (green), <c>comment</c> (grey). Managers and
/// amounts are named, customers never (as on the big screens).
/// </summary>
public static class Messages
{
    /// <summary>Items a help list names at most: a group reads it on a phone.</summary>
    public const int MaxHelpItems = 20;

    public static string HelpList(string scopeName, DateOnly date, IReadOnlyList<GuidanceItemDto> items, bool en)
    {
        var md = new StringBuilder();
        md.Append(en ? $"# Help list · {scopeName} · {date:yyyy-MM-dd}\n" : $"# 帮扶名单 · {scopeName} · {date.Month}月{date.Day}日\n");
        if (items.Count == 0)
        {
            return md.Append(en ? "Nobody needs help today." : "今日无需帮扶的客户经理。").ToString();
        }

        md.Append(en ? $"{items.Count} to help today:\n" : $"今日需帮扶 <font color=\"warning\">{items.Count}</font> 人：\n");
        foreach (var item in items.Take(MaxHelpItems))
        {
            var name = en ? item.UnitNameEn ?? item.UnitName : item.UnitName;
            md.Append("> **").Append(name).Append("** ").Append(FollowUpLabel(item.FollowUp.Status, en)).Append('\n')
              .Append("> ").Append(item.Message.In(en)).Append('\n')
              .Append("> <font color=\"comment\">").Append(en ? "Do: " : "建议：").Append(item.Action.In(en)).Append("</font>\n");
        }

        if (items.Count > MaxHelpItems)
        {
            md.Append(en ? $"…and {items.Count - MaxHelpItems} more on the unit page." : $"……另有{items.Count - MaxHelpItems}人，详见单位页面。");
        }

        return md.ToString().TrimEnd('\n');
    }

    public static string Deals(string scopeName, IReadOnlyList<Deal> deals, Campaign campaign, bool en)
    {
        var md = new StringBuilder(en ? $"# 🎉 Big deals · {scopeName}\n" : $"# 🎉 喜报 · {scopeName}\n");
        foreach (var d in deals)
        {
            var who = Who(d, en);
            var time = campaign.ToLocal(d.Time).ToString("HH:mm", CultureInfo.InvariantCulture);
            md.Append("> ").Append(time).Append(' ').Append(who).Append(en ? " booked " : " 成交").Append(d.KpiName.In(en)).Append(' ')
              .Append("<font color=\"info\">").Append(d.Amount.ToString("#,##0.##", CultureInfo.InvariantCulture)).Append(' ').Append(d.Unit).Append("</font>\n");
        }

        return md.Append(en ? "Well done!" : "恭喜！").ToString();
    }

    /// <summary>Crossings an alert names at most; the rest are counted (an alert is read at a glance, the unit page has them all).</summary>
    public const int MaxAlertItems = 10;

    public static string Alert(string scopeName, IReadOnlyList<GuidanceItemDto> crossings, bool en)
    {
        var md = new StringBuilder(en ? $"# ⚠️ Pace alert · {scopeName}\n" : $"# ⚠️ 进度预警 · {scopeName}\n");
        foreach (var item in crossings.OrderBy(i => i.Severity == GuidanceSeverity.Critical.ToWire() ? 0 : 1).Take(MaxAlertItems))
        {
            var colour = item.Severity == GuidanceSeverity.Critical.ToWire() ? "warning" : "comment";
            md.Append("> <font color=\"").Append(colour).Append("\">").Append(Severity(item.Severity, en)).Append("</font> ")
              .Append(item.Message.In(en)).Append('\n');
        }

        if (crossings.Count > MaxAlertItems)
        {
            md.Append(en ? $"…and {crossings.Count - MaxAlertItems} more behind pace; see the unit page." : $"……另有{crossings.Count - MaxAlertItems}项落后进度，详见单位页面。");
        }

        return md.ToString().TrimEnd('\n');
    }

    public static string FollowUpLabel(string status, bool en) => FollowUpStatusNames.TryParse(status, out var s) ? s switch
    {
        FollowUpStatus.Open => en ? "(open)" : "（待跟进）",
        FollowUpStatus.Acknowledged => en ? "(acknowledged)" : "（已知悉）",
        FollowUpStatus.InProgress => en ? "(in progress)" : "（跟进中）",
        FollowUpStatus.Done => en ? "(done)" : "（已完成）",
        _ => en ? "(dismissed)" : "（已忽略）",
    } : "";

    private static string Severity(string severity, bool en) => severity switch
    {
        "critical" => en ? "Critical" : "严重",
        "warn" => en ? "Warning" : "关注",
        _ => en ? "Note" : "提示",
    };

    private static string Who(Deal d, bool en)
    {
        var where = d.SubBranch ?? d.Branch;
        var name = en ? d.Manager.NameEn ?? d.Manager.Name : d.Manager.Name;
        return where is null || where.Code == d.Manager.Code ? name : $"{(en ? where.NameEn ?? where.Name : where.Name)} {name}";
    }
}
