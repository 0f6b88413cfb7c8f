using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WarRoom.Web.Tests.Infrastructure;

/// <summary>Rendered pages parsed as a browser would, so tests read rows and links rather than matching strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
        return Parse(body);
    }

    /// <summary>The ranking's rows: the static table's, or those of the interactive grid's first page.</summary>
    public static IReadOnlyList<IElement> Rows(IDocument page) => [.. page.QuerySelectorAll("table.ranking tbody tr, .ranking-grid tbody tr[data-unit]")];

    public static IReadOnlyList<string> RowUnits(IDocument page) => [.. Rows(page).Select(r => r.GetAttribute("data-unit")!)];

    /// <summary>The raw figure of a cell (<c>data-value</c>), null where the figure is missing.</summary>
    public static double? Figure(IElement row, string cell) =>
        row.QuerySelector("td." + cell)!.GetAttribute("data-value") is { Length: > 0 } v
            ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>Every hidden field of a form plus the given fields, as a browser would post it.</summary>
    public static FormUrlEncodedContent FormPost(IElement form, params (string Name, string Value)[] fields)
    {
        var values = form.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return new FormUrlEncodedContent(values);
    }
}
