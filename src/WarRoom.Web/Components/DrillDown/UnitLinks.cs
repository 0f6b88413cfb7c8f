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
}
