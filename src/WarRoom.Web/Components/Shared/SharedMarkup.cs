using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace WarRoom.Web.Components.Shared;

/// <summary>
/// One string for equal markup drawn by many circuits: select options, export links, pager summary, sort marks,
/// section links. Two hundred pages of the same view each built their own copy, twice (a component keeps its last
/// two renders): ~18 KB a live page (docs/decisions/0002). Blazor's diff compares markup by its text, so a shared
/// instance changes nothing on the wire. Bounded: past <see cref="Limit"/> distinct strings (searches make new ones)
/// it starts again, and a page still holding an older copy keeps it.
/// </summary>
public static class SharedMarkup
{
    public const int Limit = 4096;

    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    public static MarkupString Of(string html)
    {
        if (Known.TryGetValue(html, out var known))
        {
            return new MarkupString(known);
        }

        if (Known.Count >= Limit)
        {
            Known.Clear();
        }

        return new MarkupString(Known.GetOrAdd(html, html));
    }
}
