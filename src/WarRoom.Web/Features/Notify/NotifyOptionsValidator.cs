using System.Globalization;
using Microsoft.Extensions.Options;
using WarRoom.Core.Guidance.Briefing;
using WarRoom.Core.Org;
using WarRoom.Web.Features.Notify.Schedule;
using WarRoom.Web.Features.Notify.WeCom;

namespace WarRoom.Web.Features.Notify;

/// <summary>
/// Checks every bot at start and names the key at fault. A message never repeats the webhook address: a start log
/// is read by more people than the bank's WeCom administrators.
/// </summary>
public sealed class NotifyOptionsValidator(OrgTree org) : IValidateOptions<NotifyOptions>
{
    public ValidateOptionsResult Validate(string? name, NotifyOptions options)
    {
        var errors = new List<string>();
        foreach (var (bot, o) in options.WeCom.Bots)
        {
            var key = $"{NotifyOptions.Section}:WeCom:Bots:{bot}";
            if (!Uri.TryCreate(o.Url, UriKind.Absolute, out var url))
            {
                errors.Add($"{key}:Url is required: the group bot's webhook address (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…)");
            }
            else if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
            {
                errors.Add($"{key}:Url must be https (the webhook key travels in it); got {url.Scheme}://{url.Authority}");
            }

            if (org.Find(o.Scope) is not { } scope)
            {
                errors.Add($"{key}:Scope '{o.Scope}' is not a unit code: set the unit whose group the bot is in");
            }
            else if (WeComBots.TryParseSends(o.Sends, out var sends) && sends.HasFlag(BotSends.Briefing) && !BriefingWriter.Writes(scope))
            {
                errors.Add($"{key}: briefings are written for branches and sub-branches; '{scope.Code}' is a {scope.Level.ToWire()} (leave briefing out of Sends)");
            }

            if (!WeComBots.TryParseSends(o.Sends, out _))
            {
                errors.Add($"{key}:Sends '{o.Sends}' must list any of briefing, helpList, deals, alerts, comma-separated");
            }

            if (!TimeOnly.TryParseExact(o.BriefingTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{key}:BriefingTime '{o.BriefingTime}' must be a local time as HH:mm, e.g. 08:00");
            }

            if (!BriefingLanguageNames.TryParse(o.Language, out _))
            {
                errors.Add($"{key}:Language '{o.Language}' must be zh or en");
            }
        }

        if (!QuietHours.TryParse(options.QuietHours, out _))
        {
            errors.Add($"{NotifyOptions.Section}:QuietHours '{options.QuietHours}' must be HH:mm-HH:mm (e.g. 21:00-08:00) or empty");
        }

        if (options.DealBatchSeconds is < 0 or > 3600)
        {
            errors.Add($"{NotifyOptions.Section}:DealBatchSeconds must be 0 to 3600 (got {options.DealBatchSeconds})");
        }

        if (options.AlertCheckSeconds is < 5 or > 3600)
        {
            errors.Add($"{NotifyOptions.Section}:AlertCheckSeconds must be 5 to 3600 (got {options.AlertCheckSeconds})");
        }

        if (options.WeCom.TimeoutSeconds is < 1 or > 120 || options.WeCom.MaxAttempts is < 1 or > 1000 || options.WeCom.RateLimitBackoffSeconds is < 1 or > 3600)
        {
            errors.Add($"{NotifyOptions.Section}:WeCom: TimeoutSeconds must be 1 to 120, MaxAttempts 1 to 1000 and RateLimitBackoffSeconds 1 to 3600");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
