using Microsoft.Net.Http.Headers;

namespace WarRoom.Web.Infrastructure.Localization;

/// <summary>
/// The page language: zh-CN first; English by <c>?lang=en</c>, else by the browser's Accept-Language when it
/// prefers English over Chinese. Pages pick strings with <see cref="T"/>.
/// </summary>
public sealed record UiLanguage(string Lang)
{
    public bool English => Lang == "en";

    public string T(string zh, string en) => English ? en : zh;

    public static UiLanguage Of(HttpContext http)
    {
        if (http.Items[typeof(UiLanguage)] is UiLanguage cached)
        {
            return cached;
        }

        var language = new UiLanguage(Resolve(http.Request));
        http.Items[typeof(UiLanguage)] = language;
        return language;
    }

    private static string Resolve(HttpRequest request)
    {
        var query = request.Query["lang"].ToString();
        if (query is "en" or "zh")
        {
            return query;
        }

        var preferences = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var tag in preferences)
        {
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return "zh";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return "zh";
    }

    /// <summary>Keeps the chosen language on links (only when it was asked for explicitly).</summary>
    public string Link(HttpContext http, string path) =>
        http.Request.Query.ContainsKey("lang") ? path + (path.Contains('?') ? "&" : "?") + "lang=" + Lang : path;
}
