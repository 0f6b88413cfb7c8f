using System.Net;
using Microsoft.AspNetCore.Components;

namespace WarRoom.Web.Components.Shared;

/// <summary>One option of a drop-down: what people read and the wire value behind it.</summary>
public sealed record Choice(string Text, string Value)
{
    /// <summary>
    /// The options of a live page's <c>&lt;select&gt;</c> as one markup frame. An element per option costs three or
    /// four render frames, and a component keeps two buffers sized to its largest render on every live page.
    /// </summary>
    public static MarkupString Options(IEnumerable<Choice> choices, string? chosen) => SharedMarkup.Of(string.Concat(choices.Select(c =>
        $"<option value=\"{WebUtility.HtmlEncode(c.Value)}\"{(c.Value == (chosen ?? string.Empty) ? " selected" : "")}>{WebUtility.HtmlEncode(c.Text)}</option>")));
}
