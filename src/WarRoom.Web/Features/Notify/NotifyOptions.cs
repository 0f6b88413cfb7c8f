namespace WarRoom.Web.Features.Notify;

/// <summary>
/// <c>WarRoom:Notify</c>: WeCom group bots and when they speak. Each bot is one group's webhook
/// (<c>WarRoom:Notify:WeCom:Bots:&lt;name&gt;:Url</c>, a secret), the unit whose group it is, and what it sends.
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "WarRoom:Notify";

    public WeComOptions WeCom { get; set; } = new();

    /// <summary>Local hours (campaign time zone) in which no pace alert is sent, e.g. <c>21:00-08:00</c>; empty: none.</summary>
    public string QuietHours { get; set; } = "21:00-08:00";

    /// <summary>Big deals landing within this many seconds of the first share one 喜报 message.</summary>
    public int DealBatchSeconds { get; set; } = 30;

    /// <summary>How often guidance is checked for new threshold crossings (pace alerts).</summary>
    public int AlertCheckSeconds { get; set; } = 60;
}

public sealed class WeComOptions
{
    public Dictionary<string, BotOptions> Bots { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seconds one webhook call may take before it counts as failed (and is retried).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How long a message waits after WeCom answered 45009 (its per-minute limit, reached by someone else's sends too).</summary>
    public int RateLimitBackoffSeconds { get; set; } = 60;

    /// <summary>Attempts a message gets over timeouts and 5xx answers before it is marked failed (45009 does not count).</summary>
    public int MaxAttempts { get; set; } = 12;
}

public sealed class BotOptions
{
    /// <summary>The webhook address with its key. A secret: never logged, never returned, masked in diagnostics.</summary>
    public string? Url { get; set; }

    /// <summary>The unit whose group the bot is in; it hears about that unit's subtree only.</summary>
    public string? Scope { get; set; }

    /// <summary>Comma-separated: any of <c>briefing</c>, <c>helpList</c>, <c>deals</c>, <c>alerts</c> (default all).</summary>
    public string Sends { get; set; } = "briefing,helpList,deals,alerts";

    /// <summary>Local time of the 晨报 on working days (HH:mm, campaign time zone).</summary>
    public string BriefingTime { get; set; } = "08:00";

    /// <summary><c>zh</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "zh";
}
