using System.Globalization;

namespace WarRoom.LoadTool;

/// <summary>Command line: which client counts to try, how fast to post deals, and which server to measure.</summary>
internal sealed record LoadOptions(
    IReadOnlyList<int> Clients, double DealsPerSecond, TimeSpan Duration, string Board, int BackfillPerWorkingDay,
    int ConnectConcurrency, string ServerDll, string? PushInterval, string? ScreenUpdatesPerSecond, string Screens)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/WarRoom.LoadTool -- [--clients 500,2000,5000] [--rate 2]
               [--seconds 30] [--board hq] [--backfill 1000] [--connect-concurrency 32] [--server-dll path]
               [--push-interval 00:00:00.250] [--screen-updates 5000] [--screens static|interactive]
        Starts src/WarRoom.Web (Release build) as a child process for each client count: SQLite store in a temporary
        folder, business clock frozen at 2027-02-22 10:00 +08:00, simulator back-filling the campaign so far and then
        (almost) silent. Build the server first: dotnet build -c Release src/WarRoom.Web
        --screens interactive: each screen is a circuit of /boards/{board}/interactive (signed in as an HQ leader)
        instead of a hub client of the static board; a deal reaches it in a render batch.
        """;

    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double Number(string name, double fallback) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var clients = (Value("--clients") ?? "500,2000,5000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        return new LoadOptions(
            clients,
            Number("--rate", 2),
            TimeSpan.FromSeconds(Number("--seconds", 30)),
            Value("--board") ?? "hq",
            (int)Number("--backfill", 1000),
            (int)Number("--connect-concurrency", 32),
            Value("--server-dll") ?? Path.Combine(RepoRoot(), "src/WarRoom.Web/bin/Release/net10.0/WarRoom.Web.dll"),
            Value("--push-interval"),
            Value("--screen-updates"),
            Value("--screens") ?? "static");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WarRoom.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (WarRoom.sln not found upward)");
    }
}
