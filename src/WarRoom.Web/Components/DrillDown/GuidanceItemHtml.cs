using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using WarRoom.Web.Components.FollowUp;
using WarRoom.Web.Components.Shared;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.DrillDown;

/// <summary>
/// A guidance item on a live page as one markup frame (its list element, text, follow-up status and the control that
/// opens its form).
/// Drawn as elements, an item was ~30 render frames and an event handler in every circuit's buffers and tables; the
/// string is built once per item (a shared read model) and way of seeing it, and every circuit shares it (397 → 368–390
/// KB a live page, docs/benchmarks.md).
/// The open control is a radio in a label: its input event bubbles to the list's one handler (GuidancePanel), which
/// reads the item id from its value, instead of one event handler per item.
/// </summary>
public static class GuidanceItemHtml
{
    private static readonly ConditionalWeakTable<GuidanceItemDto, ConcurrentDictionary<string, MarkupString>> Drawn = [];

    public static MarkupString Of(Desk desk, GuidanceItemDto item, bool mayChange)
    {
        var ui = desk.Ui;
        var link = desk.Link("/units/" + Uri.EscapeDataString(item.Unit));
        var key = string.Join('|', ui.Lang, link, mayChange);
        return Drawn.GetOrCreateValue(item).GetOrAdd(key, _ => new(string.Concat(
            $"<li class=\"guidance-item severity-{E(item.Severity)}\" data-unit=\"{E(item.Unit)}\" data-kind=\"{E(item.Kind)}\">",
            Text(desk, item).Value,
            $"<div class=\"follow-up status-{E(item.FollowUp.Status)}\">{Status(ui, item)}",
            mayChange ? $"<label class=\"follow-up-open\"><input type=\"radio\" name=\"follow-up-open\" value=\"{E(item.Id)}\" />{E(ui.T("更新跟进", "Update follow-up"))}</label>" : "",
            "</div></li>")));
    }

    /// <summary>The heading of a severity and kind in the list, with how many items it has.</summary>
    public static MarkupString Group(UiLanguage ui, string severity, string kind, int count) =>
        SharedMarkup.Of($"<li class=\"guidance-group severity-{E(severity)}\">{E(GuidanceWords.Severity(ui, severity))} · {E(GuidanceWords.Kind(ui, kind))} <small>{count}</small></li>");

    /// <summary>The item's message (with its unit's link) and action.</summary>
    public static MarkupString Text(Desk desk, GuidanceItemDto item)
    {
        var ui = desk.Ui;
        var link = desk.Link("/units/" + Uri.EscapeDataString(item.Unit));
        return new(string.Concat(
            $"<p class=\"guidance-message\"><a href=\"{E(link)}\">{E(Words.Name(ui, item.UnitName, item.UnitNameEn))}</a> · {E(item.Message.In(ui.English))}</p>",
            $"<p class=\"guidance-action\">{E(item.Action.In(ui.English))}</p>"));
    }

    /// <summary>Status, who set it and when, and the note: the follow-up control and the guidance panel draw it.</summary>
    public static MarkupString Status(UiLanguage ui, GuidanceItemDto item) => new(string.Concat(
        $"<span class=\"follow-up-status\">{E(ui.T("跟进", "Follow-up"))}：<strong>{E(FollowUpControl.Label(ui, item.FollowUp.Status))}</strong></span>",
        item.FollowUp.By is { } by
            ? $" <span class=\"follow-up-by muted\">{E(by)} · {E(item.FollowUp.At?.ToOffset(TimeSpan.FromHours(8)).ToString("M/d HH:mm", CultureInfo.InvariantCulture))}</span>"
            : "",
        item.FollowUp.Note is { } note ? $" <span class=\"follow-up-note\">“{E(note)}”</span>" : ""));

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
