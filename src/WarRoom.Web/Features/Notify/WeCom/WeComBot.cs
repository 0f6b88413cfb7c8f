using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Notify.WeCom;

/// <summary>What one bot sends.</summary>
[Flags]
public enum BotSends
{
    None = 0,
    Briefing = 1,
    HelpList = 2,
    Deals = 4,
    Alerts = 8,
}

/// <summary>
/// One configured group bot, checked and resolved. <see cref="ToString"/> and <see cref="MaskedUrl"/> never show the
/// webhook key, so a bot can be logged or shown on the notifications page as it is.
/// </summary>
public sealed class WeComBot(string name, Uri url, OrgUnit scope, BotSends sends, TimeOnly briefingTime, BriefingLanguage language)
{
    public string Name { get; } = name;

    /// <summary>The secret webhook address: used to send, never to show.</summary>
    public Uri Url { get; } = url;

    public OrgUnit Scope { get; } = scope;
    public BotSends Sends { get; } = sends;
    public TimeOnly BriefingTime { get; } = briefingTime;
    public BriefingLanguage Language { get; } = language;

    public string MaskedUrl => Mask(Url);

    public bool Does(BotSends what) => (Sends & what) == what;

    /// <summary>Scheme, host and path; the query (where WeCom puts the key) as <c>key=***</c>.</summary>
    public static string Mask(Uri url) => $"{url.Scheme}://{url.Authority}{url.AbsolutePath}{(url.Query.Length > 0 ? "?key=***" : "")}";

    /// <summary>Any text (an exception message) with the webhook address and its key taken out.</summary>
    public string Scrub(string text)
    {
        var key = System.Web.HttpUtility.ParseQueryString(Url.Query)["key"];
        var scrubbed = text.Replace(Url.ToString(), MaskedUrl, StringComparison.Ordinal).Replace(Url.OriginalString, MaskedUrl, StringComparison.Ordinal);
        return string.IsNullOrEmpty(key) ? scrubbed : scrubbed.Replace(key, "***", StringComparison.Ordinal);
    }

    public override string ToString() => $"{Name} ({Scope.Code}, {MaskedUrl})";
}
