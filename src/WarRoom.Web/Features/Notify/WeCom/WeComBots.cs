using Microsoft.Extensions.Options;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Notify.WeCom;

/// <summary>The configured bots, resolved once (the options validator has already refused any bad one at start).</summary>
public sealed class WeComBots(IOptions<NotifyOptions> options, OrgTree org)
{
    private readonly Lazy<IReadOnlyList<WeComBot>> all = new(() => [.. options.Value.WeCom.Bots
        .OrderBy(b => b.Key, StringComparer.Ordinal)
        .Select(b => Resolve(b.Key, b.Value, org) ?? throw new InvalidOperationException($"WarRoom:Notify:WeCom:Bots:{b.Key} is invalid"))]);

    public IReadOnlyList<WeComBot> All => all.Value;

    public WeComBot? Find(string name) => All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The bots whose group covers <paramref name="unit"/> and that send <paramref name="what"/>.</summary>
    public IEnumerable<WeComBot> Covering(OrgUnit unit, BotSends what) => All.Where(b => b.Does(what) && unit.IsWithin(b.Scope));

    /// <summary>The bot, or null when a setting is unusable (<see cref="NotifyOptionsValidator"/> says which).</summary>
    public static WeComBot? Resolve(string name, BotOptions o, OrgTree org)
    {
        if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var url) || org.Find(o.Scope) is not { } scope
            || !TryParseSends(o.Sends, out var sends) || !TimeOnly.TryParseExact(o.BriefingTime, "HH:mm", out var time)
            || !BriefingLanguageNames.TryParse(o.Language, out var language))
        {
            return null;
        }

        return new WeComBot(name, url, scope, sends, time, language);
    }

    public static bool TryParseSends(string? text, out BotSends sends)
    {
        sends = BotSends.None;
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            BotSends? one = part switch
            {
                "briefing" => BotSends.Briefing,
                "helpList" => BotSends.HelpList,
                "deals" => BotSends.Deals,
                "alerts" => BotSends.Alerts,
                _ => null,
            };
            if (one is null)
            {
                return false;
            }

            sends |= one.Value;
        }

        return sends != BotSends.None;
    }
}
