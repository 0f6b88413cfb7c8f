using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using WarRoom.Core.Campaigns;

namespace WarRoom.Web.Features.Rankings;

/// <summary>
/// The <c>asOf</c> of API.md (rankings, unit detail, guidance, snapshots): an ISO 8601 instant with its offset,
/// between the campaign's start and now; anything else is a 400 naming <c>asOf</c>.
/// </summary>
public static partial class AsOfParameter
{
    public const string Name = "asOf";

    /// <summary>The instant in the campaign's offset, or null when none was given. Throws a validation error otherwise.</summary>
    public static DateTimeOffset? Parse(string? text, Campaign campaign, DateTimeOffset now)
    {
        if (text is null)
        {
            return null;
        }

        // An unescaped '+' of the offset arrives as a space in a query string.
        var candidate = text.Trim().Replace(' ', '+');
        if (!Offset().IsMatch(candidate)
            || !DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            throw Invalid($"asOf '{text}' must be an ISO 8601 time with its offset, e.g. 2027-02-19T17:00:00+08:00");
        }

        if (instant < campaign.Start || instant > now)
        {
            throw Invalid($"asOf {campaign.ToLocal(instant):O} must be between the campaign's start ({campaign.ToLocal(campaign.Start):O}) and now ({campaign.ToLocal(now):O})");
        }

        return campaign.ToLocal(instant);
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure(Name, message)]);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Offset();
}
