using System.Globalization;

namespace WarRoom.Web.Features.Notify.Schedule;

/// <summary>
/// Local hours in which pace alerts wait (<c>21:00-08:00</c> runs over midnight). Nobody's phone buzzes at night
/// about a figure that can wait for the morning; a crossing still standing when the hours end is sent then.
/// </summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public static readonly QuietHours None = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool Contains(TimeOnly time) => From == To ? false : From < To ? time >= From && time < To : time >= From || time < To;

    public static bool TryParse(string? text, out QuietHours hours)
    {
        hours = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !Time(parts[0], out var from) || !Time(parts[1], out var to))
        {
            return false;
        }

        hours = new QuietHours(from, to);
        return true;
    }

    private static bool Time(string text, out TimeOnly time) => TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
