using WarRoom.Core.Guidance;
using WarRoom.Core.Org;

namespace WarRoom.Web.Features.Guidance;

/// <summary>
/// The query-string filters of <c>/api/v1/guidance</c>: comma-separated lists (<c>severity=critical,warn</c>,
/// <c>kind=pace_lag,inactive</c>) and one level. A null or empty parameter means "all".
/// </summary>
public static class GuidanceFilter
{
    public static bool TryParseSeverities(string? text, out HashSet<GuidanceSeverity>? severities) =>
        TryParseList(text, GuidanceSeverityNames.TryParse, out severities);

    public static bool TryParseKinds(string? text, out HashSet<GuidanceKind>? kinds) =>
        TryParseList(text, GuidanceKindNames.TryParse, out kinds);

    public static bool TryParseLevel(string? text, OrgLevels levels, out OrgLevel? level)
    {
        level = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!levels.TryParse(text, out var parsed))
        {
            return false;
        }

        level = parsed;
        return true;
    }

    private delegate bool TryParse<T>(string? text, out T value);

    private static bool TryParseList<T>(string? text, TryParse<T> parse, out HashSet<T>? values)
    {
        values = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var set = new HashSet<T>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!parse(part, out var value))
            {
                return false;
            }

            set.Add(value);
        }

        values = set;
        return true;
    }
}
