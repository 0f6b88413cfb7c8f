namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// Finds <c>influxd</c> on PATH and decides whether tests that need it skip: they skip where it is missing, unless
/// WARROOM_REQUIRE_INFRA=1 (CI), where they run and fail loudly instead.
/// </summary>
internal static class InfluxdLocator
{
    public static readonly string? Path = Find();

    public static bool Required => Environment.GetEnvironmentVariable("WARROOM_REQUIRE_INFRA") == "1";

    /// <summary>Null when Influx tests must run; otherwise why they skip.</summary>
    public static string? SkipReason =>
        Path is not null || Required ? null : "influxd is not on PATH (install the Debian package influxdb; WARROOM_REQUIRE_INFRA=1 makes this a failure)";

    public static string RequirePath() => Path ?? throw new InvalidOperationException(
        "influxd is not on PATH but WARROOM_REQUIRE_INFRA=1 requires the Influx tests to run");

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            var candidate = System.IO.Path.Combine(dir, "influxd");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
