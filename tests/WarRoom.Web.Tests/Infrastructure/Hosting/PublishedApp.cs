using System.Diagnostics;
using WarRoom.Web.Tests.Boards;

namespace WarRoom.Web.Tests.Infrastructure.Hosting;

/// <summary>
/// <c>dotnet publish</c> of the built WarRoom.Web into a temporary folder, once for the test class — the layout an
/// operator deploys. Tests start copies of it from other working directories.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("warroom-published-").FullName;

    public string Dll => Path.Combine(Folder, "WarRoom.Web.dll");

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(TestBank.RepoRoot(), "src", "WarRoom.Web"), "-c", WarRoomProcess.Configuration, "--no-build", "-o", Folder, "--nologo"]);
        // Usually seconds; minutes on a machine shared with other builds.
        var (code, output) = await WarRoomProcess.RunToEndAsync(info, TimeSpan.FromMinutes(8));
        Assert.True(code == 0 && File.Exists(Dll), "dotnet publish failed:\n" + output);
    }

    /// <summary>A copy of the published folder to spoil (a file taken away) without touching the others' copy.</summary>
    public string Copy()
    {
        var copy = Directory.CreateTempSubdirectory("warroom-published-copy-").FullName;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>The test settings plus the repository's seed data and boards (a deployment names its own folders).</summary>
    public static Dictionary<string, string?> Settings(string dataDirectory) => new(WarRoomAppFactory.DefaultSettings(dataDirectory))
    {
        ["WarRoom:SeedData"] = Path.Combine(TestBank.RepoRoot(), "seed-data"),
        ["WarRoom:Dashboards"] = Path.Combine(TestBank.RepoRoot(), "dashboards"),
    };

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
