using System.Net;
using Microsoft.AspNetCore.Components;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.DrillDown;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>
/// The ranking grid's read-only pieces as one markup frame each. A component keeps two render-tree buffers sized to
/// its largest render (32, 64, 128, 256 frames of 40 bytes) on every live page: drawn as elements, caption, export
/// links, pager summary and sort marks took the grid past 128 frames (two 10 KB buffers instead of two 5 KB).
/// </summary>
public static class ChildrenGridHtml
{
    /// <summary>Count, metric, basis and window, and the rows a filter left.</summary>
    public static MarkupString Caption(Desk desk, ChildrenTable table, string metric)
    {
        var ui = desk.Ui;
        var ranking = table.Ranking;
        var filtered = table.Rows.Count != ranking.Total
            ? $"<span class=\"muted\"> · {E(ui.T($"筛选后 {table.Rows.Count} 行", $"{table.Rows.Count} after filter"))}</span>"
            : "";
        return SharedMarkup.Of(E($"{Words.Count(desk, ranking.Total, ranking.Level)} · {metric} · {Words.Basis(ui, ranking.Basis)} · {Words.Window(ui, ranking.Window)}") + filtered);
    }

    /// <summary>The two export links: the audited server files of this view in this order.</summary>
    public static MarkupString Exports(UiLanguage ui, string csv, string xlsx) => SharedMarkup.Of(
        $"<a class=\"export-csv\" href=\"{E(csv)}\" download title=\"{E(ui.T("导出当前视图（CSV）", "Export this view (CSV)"))}\">CSV</a>\n" +
        $"<a class=\"export-xlsx\" href=\"{E(xlsx)}\" download title=\"{E(ui.T("导出当前视图（Excel）", "Export this view (Excel)"))}\">XLSX</a>");

    public static MarkupString PagerSummary(UiLanguage ui, int page, int pages, int rows) =>
        SharedMarkup.Of($"<span class=\"grid-pager-summary\">{E(ui.T($"第 {page} / {pages} 页（共 {rows} 行）", $"Page {page} of {pages} ({rows} rows)"))}</span>");

    /// <summary>A sort button's words and mark (▲/▼ on the column sorted by, descending or not).</summary>
    public static MarkupString SortTitle(string title, bool? descending) =>
        SharedMarkup.Of($"{E(title)}<span class=\"sort-mark\">{descending switch { true => " ▼", false => " ▲", null => "" }}</span>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
