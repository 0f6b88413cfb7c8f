using WarRoom.Core.Seed;

namespace WarRoom.Core.Tests.Support;

/// <summary>The repository's committed seed-data/ folder, found by walking up from the test's base directory.</summary>
public static class CommittedSeedData
{
    public static string Folder { get; } = Find();

    /// <summary>The seed files (CSV and JSON) by name.</summary>
    public static IReadOnlyDictionary<string, string> Files() =>
        Directory.GetFiles(Folder).Where(p => Path.GetExtension(p) is ".csv" or ".json")
            .ToDictionary(p => Path.GetFileName(p), p => File.ReadAllText(p), StringComparer.Ordinal);

    public static ISeedSource Source() => new InMemorySeedSource(Files());

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "WarRoom.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no seed-data/ beside WarRoom.sln above {AppContext.BaseDirectory}");
    }
}
