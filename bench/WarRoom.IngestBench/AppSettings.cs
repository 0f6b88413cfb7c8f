using System.Globalization;
using System.Security.Cryptography;

namespace WarRoom.IngestBench;

/// <summary>
/// Settings for a WarRoom.Web child process: a fresh data folder, the bench's seed, the simulator off, the
/// business clock frozen on the campaign's last day, and keys of the bench's own (an ingest key and a reader token).
/// </summary>
internal static class AppSettings
{
    public static readonly string IngestKey = "bench-ingest-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
    public static readonly string ReaderToken = "bench-reader-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    public static Dictionary<string, string?> Sqlite(BenchSeed seed, string dataFolder) => new(Common(seed, dataFolder))
    {
        ["WarRoom:Store"] = "Sqlite",
        ["WarRoom:Sqlite:Path"] = Path.Combine(dataFolder, "warroom.db"),
    };

    public static Dictionary<string, string?> Influx(BenchSeed seed, string dataFolder, string url, string database) => new(Common(seed, dataFolder))
    {
        ["WarRoom:Store"] = "Influx",
        ["WarRoom:Influx:Url"] = url,
        ["WarRoom:Influx:Database"] = database,
        ["WarRoom:Influx:SpoolPath"] = Path.Combine(dataFolder, "influx-spool.db"),
    };

    /// <summary>Set by --perf-map: the app writes /tmp/perf-PID.map so that `perf report` names JIT-compiled methods.</summary>
    public static bool PerfMap { get; set; }

    private static Dictionary<string, string?> Common(BenchSeed seed, string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        var settings = new Dictionary<string, string?>
        {
            ["WarRoom:SeedData"] = seed.Folder,
            ["WarRoom:DataDirectory"] = dataFolder,
            ["WarRoom:Clock:Now"] = seed.Clock.ToString("O", CultureInfo.InvariantCulture),
            ["WarRoom:Simulator:Enabled"] = "false",
            ["WarRoom:Auth:IngestKeys:bench"] = IngestKey,
            ["WarRoom:Auth:Tokens:bench:Token"] = ReaderToken,
            ["WarRoom:Auth:Tokens:bench:Role"] = "reader",
            ["WarRoom:Auth:Tokens:bench:Scope"] = seed.Data.Org.Root.Code,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging:LogLevel:WarRoom.Web.Pipeline.StoreRebuildService"] = "Information",
            ["Logging:LogLevel:WarRoom.Web.Pipeline.Checkpoints"] = "Information",
        };
        if (PerfMap)
        {
            settings["DOTNET_PerfMapEnabled"] = "1";
            settings["DOTNET_EnableWriteXorExecute"] = "0"; // JIT code in anonymous memory, where perf looks it up in the map
        }

        return settings;
    }
}
