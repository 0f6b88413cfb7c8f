using WarRoom.Web.Features.Snapshots.Export.Pdf;
using WarRoom.Web.Features.Snapshots.Export.Png;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// Whether this machine has what PNG and PDF exports need, found the way the app finds them. Tests that need a tool
/// skip where it is missing, unless WARROOM_REQUIRE_INFRA=1 (CI), where they run and fail loudly instead.
/// </summary>
internal static class ExportTools
{
    public static bool Required => Environment.GetEnvironmentVariable("WARROOM_REQUIRE_INFRA") == "1";

    public static string? ChromiumSkip => Chromium.Locate(null) is not null || Required ? null
        : "headless Chromium is not installed (Debian package chromium); WARROOM_REQUIRE_INFRA=1 makes this a failure";

    public static string? FontSkip => CjkFont.Locate(null) is not null || Required ? null
        : "no CJK TrueType font for PDFs (Debian package fonts-wqy-zenhei); WARROOM_REQUIRE_INFRA=1 makes this a failure";
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ExportTools.ChromiumSkip is { } reason)
        {
            Skip = reason;
        }
    }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class CjkFontFactAttribute : FactAttribute
{
    public CjkFontFactAttribute()
    {
        if (ExportTools.FontSkip is { } reason)
        {
            Skip = reason;
        }
    }
}
