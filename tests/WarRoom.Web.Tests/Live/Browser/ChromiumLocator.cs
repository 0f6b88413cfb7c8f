using WarRoom.Web.Tests.Storage;

namespace WarRoom.Web.Tests.Live.Browser;

/// <summary>
/// Finds Debian's Chromium (<c>/usr/bin/chromium</c>, else <c>chromium</c> on PATH) for the browser tests, which
/// never download a browser. As with influxd (<see cref="InfluxdLocator"/>): where it is missing the tests skip
/// with the reason, unless WARROOM_REQUIRE_INFRA=1 (CI), where they run and fail loudly instead.
/// </summary>
internal static class ChromiumLocator
{
    public const string DebianPath = "/usr/bin/chromium";

    public static readonly string? Path = Find();

    /// <summary>Null when browser tests must run; otherwise why they skip.</summary>
    public static string? SkipReason =>
        Path is not null || InfluxdLocator.Required ? null : "Chromium is not installed (/usr/bin/chromium or chromium on PATH; Debian package chromium; WARROOM_REQUIRE_INFRA=1 makes this a failure)";

    public static string RequirePath() => Path ?? throw new InvalidOperationException(
        "Chromium is not installed (/usr/bin/chromium or chromium on PATH) but WARROOM_REQUIRE_INFRA=1 requires the browser tests to run");

    private static string? Find()
    {
        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            var candidate = dir.Length == 0 ? null : System.IO.Path.Combine(dir, "chromium");
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that drives Chromium: skipped where it is missing, unless WARROOM_REQUIRE_INFRA=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumLocator.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
