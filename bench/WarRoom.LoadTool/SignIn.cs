using System.Net;
using System.Text.RegularExpressions;

namespace WarRoom.LoadTool;

/// <summary>The sign-in form as a browser posts it: its hidden fields (antiforgery token, form name) and the two inputs.</summary>
internal static partial class SignIn
{
    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("(name|value)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    public static async Task AsAsync(HttpClient http, string login, string password)
    {
        var form = await http.GetStringAsync("/login");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Hidden().Matches(form))
        {
            var attributes = Attribute().Matches(input.Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (attributes.TryGetValue("name", out var name))
            {
                fields.Add(new(name, attributes.GetValueOrDefault("value", "")));
            }
        }

        fields.Add(new("Input.Login", login));
        fields.Add(new("Input.Password", password));
        using var response = await http.PostAsync("/login", new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        if (body.Contains("login-error", StringComparison.Ordinal) || response.StatusCode >= HttpStatusCode.BadRequest)
        {
            throw new InvalidOperationException($"sign-in as {login} failed ({(int)response.StatusCode})");
        }
    }
}
