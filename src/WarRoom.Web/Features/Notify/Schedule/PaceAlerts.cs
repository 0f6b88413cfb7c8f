using System.Security.Cryptography;
using System.Text;
using WarRoom.Core.Guidance;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Notify.Outbox;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// Pace alerts: a unit of the bot's group (its own unit and the units right below it — a branch group hears about
/// its sub-branches, not about each of 130 managers) whose pace_lag item appears or worsens from warn to critical
/// has crossed a threshold. The crossings found in one check share one message. A crossing is remembered in the
/// outbox file until it no longer stands, so it is alerted once, across restarts, and again only after it cleared.
/// </summary>
public sealed class PaceAlerts(GuidanceCache guidance, OutboxStore store, Outbox.Outbox outbox)
{
    /// <summary>Queues the bot's new crossings; returns how many there were.</summary>
    public int Check(WeComBot bot, DateTimeOffset now)
    {
        var standing = guidance.Current().Within(bot.Scope)
            .Where(i => i.Kind == GuidanceKind.PaceLag && i.Severity != GuidanceSeverity.Info && (i.Unit == bot.Scope || i.Unit.Parent == bot.Scope))
            .Select(guidance.Describe)
            .ToDictionary(Key, StringComparer.Ordinal);
        var known = store.Alerted(bot.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var cleared in known.Where(k => !standing.ContainsKey(k)))
        {
            store.ClearAlerted(bot.Name, cleared);
        }

        var crossings = standing.Where(s => !known.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (crossings.Count == 0)
        {
            return 0;
        }

        // Queued before being remembered, under an id made of the crossings: a crash in between queues the same id again (stored once).
        var en = bot.Language == BriefingLanguage.En;
        var id = $"alert/{bot.Name}/{Digest(crossings.Select(c => c.Key))}";
        outbox.Enqueue(bot, id, MessageKinds.Alert, bot.Scope.Code, Messages.Alert(bot.Scope.DisplayName(en), [.. crossings.Select(c => c.Value)], en));
        foreach (var (key, _) in crossings)
        {
            store.TryMarkAlerted(bot.Name, key, now);
        }

        return crossings.Count;
    }

    private static string Key(GuidanceItemDto item) => $"{item.Id}:{item.Severity}";

    private static string Digest(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys))))[..16];
}
