using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using WarRoom.Core.Org;
using WarRoom.Web.Infrastructure.Auth;
using WarRoom.Web.Infrastructure.Localization;

namespace WarRoom.Web.Components.Shared;

/// <summary>
/// What every desk component needs to know about the person and the address, the same whether it renders in the
/// first HTML response or later on the interactive circuit (where there is no HttpContext): the language, the viewer
/// (from the circuit's user, so scope rules hold inside an open circuit) and the query parameters that travel
/// from link to link (<c>lang</c>, <c>token</c>), and the seed's level names for labels. Cascaded by Routes and rebuilt on
/// every navigation.
/// </summary>
public sealed record Desk(UiLanguage Ui, Viewer? Viewer, ClaimsPrincipal User, string Uri, IReadOnlyDictionary<string, string> Query, OrgLevels Levels)
{
    private static readonly string[] Carried = ["lang", "token"];

    public bool English => Ui.English;

    /// <summary>Why the page at this address has nothing to show (read by the not-found page); one per navigation.</summary>
    public string? Problem { get; set; }

    public string T(string zh, string en) => Ui.T(zh, en);

    /// <summary>The viewer; pages behind the Read policy always have one.</summary>
    public Viewer Who => Viewer ?? throw new Infrastructure.Errors.ForbiddenException("this credential may not read");

    public string? Param(string key) => Query.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>A link to another desk page: the given parameters, then the carried ones the caller did not set.</summary>
    public string Link(string path, params (string Key, string? Value)[] query)
    {
        var parts = query.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => (p.Key, Value: p.Value!)).ToList();
        foreach (var key in Carried)
        {
            if (Param(key) is { } value && parts.All(p => p.Key != key))
            {
                parts.Add((key, value));
            }
        }

        return parts.Count == 0
            ? path
            : path + "?" + string.Join("&", parts.Select(p => System.Uri.EscapeDataString(p.Key) + "=" + System.Uri.EscapeDataString(p.Value)));
    }

    /// <summary>The carried parameters as hidden fields of a GET form (a form replaces the whole query string).</summary>
    public IEnumerable<(string Key, string Value)> CarriedFields() =>
        Carried.Select(k => (k, Param(k) ?? string.Empty)).Where(p => p.Item2.Length > 0);

    /// <summary>The current address in the other language.</summary>
    public string LanguageLink(string lang)
    {
        var uri = new Uri(Uri);
        var query = Query.Where(q => q.Key != "lang").Select(q => $"{q.Key}={System.Uri.EscapeDataString(q.Value)}").Append("lang=" + lang);
        return uri.AbsolutePath + "?" + string.Join("&", query);
    }

    /// <param name="browserLang">the language the first request settled on (query, else Accept-Language)</param>
    public static Desk At(string uri, string browserLang, ClaimsPrincipal user, OrgTree org)
    {
        var parsed = QueryHelpers.ParseQuery(new Uri(uri).Query);
        var query = parsed.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var lang = query.TryGetValue("lang", out var l) && l is "en" or "zh" ? l : browserLang;
        return new Desk(new UiLanguage(lang), Infrastructure.Auth.Viewer.From(user, org), user, uri, query, org.Levels);
    }
}
