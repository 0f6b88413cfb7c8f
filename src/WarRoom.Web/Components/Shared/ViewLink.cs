namespace WarRoom.Web.Components.Shared;

/// <summary>
/// Links between desk pages. A view lives in its query string, so a link names every parameter it sets; the chosen
/// language and a page's <c>?token=</c> (automation and kiosks open pages that way) travel along to the next page.
/// </summary>
public static class ViewLink
{
    private static readonly string[] Carried = ["lang", "token"];

    public static string To(HttpContext http, string path, params (string Key, string? Value)[] query)
    {
        var parts = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (p.Key, Value: p.Value!)).ToList();
        foreach (var key in Carried)
        {
            if (http.Request.Query[key].ToString() is { Length: > 0 } value && parts.All(p => p.Key != key))
            {
                parts.Add((key, value));
            }
        }

        return parts.Count == 0
            ? path
            : path + "?" + string.Join("&", parts.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }

    /// <summary>The carried parameters as hidden fields of a GET form (a form replaces the whole query string).</summary>
    public static IEnumerable<(string Key, string Value)> CarriedFields(HttpContext http) =>
        Carried.Select(k => (k, http.Request.Query[k].ToString())).Where(p => p.Item2.Length > 0);
}
