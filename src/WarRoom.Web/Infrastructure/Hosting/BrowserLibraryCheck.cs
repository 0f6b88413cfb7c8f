namespace WarRoom.Web.Infrastructure;

/// <summary>
/// Stops the start when a browser library the big screens load (ECharts, the SignalR client) is not in the web
/// root: a screen without them is blank with no error anywhere else. The build places them under wwwroot/lib/ from
/// npm (build/Npm.targets); the message says where the app looked and how to get them. Called where the host maps
/// its static files, so hosts that serve no screens (tests of one area) are not asked for them.
/// </summary>
public static class BrowserLibraryCheck
{
    public static readonly IReadOnlyList<string> Libraries = ["lib/echarts.min.js", "lib/signalr.min.js"];

    public static void Require(IWebHostEnvironment environment)
    {
        var missing = Libraries.Where(path => !environment.WebRootFileProvider.GetFileInfo(path).Exists).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"browser libraries missing from the web root '{environment.WebRootPath}': {string.Join(", ", missing)}. " +
                "They come from npm at build time (Node.js 20+ and npm on PATH, then dotnet build or dotnet publish of src/WarRoom.Web); " +
                "a published app must be started from its own folder's files (any working directory).");
        }
    }
}
