namespace WarRoom.Web.Features.Boards;

/// <summary>Where the board definitions live and how quickly a changed file is picked up.</summary>
public sealed class BoardsOptions
{
    /// <summary>Configuration key of the folder (API.md: <c>WarRoom:Dashboards</c>).</summary>
    public const string FolderKey = "WarRoom:Dashboards";

    public const string DefaultFolderName = "dashboards";

    /// <summary>The configured folder, relative to the working directory; null to search upward for dashboards/.</summary>
    public string? Folder { get; set; }

    /// <summary>Quiet time after the last change to a file before it is reloaded (editors save in several writes).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The folder to load, or null when none is configured and no dashboards/ exists upward.</summary>
    public string? ResolveFolder(string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(Folder))
        {
            return Path.GetFullPath(Folder, startDirectory);
        }

        // Found upward so that `dotnet run --project src/WarRoom.Web` and test runners in bin/ use the repo's boards.
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
