using System.Net;
using Microsoft.AspNetCore.Components;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>The links of a drill-down page. Going down or up keeps the metric, basis, window and order being looked at.</summary>
public static class UnitLinks
{
    public static string Unit(Desk desk, string code, ChildrenView view) =>
        desk.Link("/units/" + Uri.EscapeDataString(code),
            ("metric", view.Metric), ("basis", view.Basis), ("window", view.Window), ("from", view.From), ("to", view.To),
            ("sort", view.Sort), ("dir", view.Dir));

    public static string Sorted(Desk desk, string code, ChildrenView view, string key) =>
        desk.Link("/units/" + Uri.EscapeDataString(code), (view with { Sort = key, Dir = view.NextDir(key) }).QueryPairs());

    public static string Csv(Desk desk, string code, ChildrenView view) =>
        desk.Link("/units/" + Uri.EscapeDataString(code) + "/children.csv", view.QueryPairs());

    public static string Reset(Desk desk, string code) => desk.Link("/units/" + Uri.EscapeDataString(code));

    /// <summary>The unit page's links to its own sections, as one markup frame.</summary>
    public static MarkupString PageJump(Desk desk, bool children)
    {
        // With <base href="/">, a bare "#id" would point at the home page.
        var here = WebUtility.HtmlEncode(desk.Uri.Split('#')[0]);
        string Link(string id, string zh, string en) => $"<a href=\"{here}#{id}\">{WebUtility.HtmlEncode(desk.T(zh, en))}</a>";
        return SharedMarkup.Of($"<nav class=\"page-jump\" aria-label=\"{WebUtility.HtmlEncode(desk.T("本页目录", "On this page"))}\">" +
            (children ? Link("children-title", "下级排名", "Ranking below") : "") +
            Link("trends-title", "累计趋势", "Trends") + Link("guidance-title", "业务指引", "Guidance") + "</nav>");
    }
}
