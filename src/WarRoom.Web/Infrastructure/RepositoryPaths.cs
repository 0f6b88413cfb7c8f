namespace WarRoom.Web.Infrastructure;

/// <summary>Finds folders such as <c>seed-data/</c> whether the app runs from the repository root, the project folder or bin/.</summary>
public static class RepositoryPaths
{
    public static string? FindUpward(string folderName)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, folderName);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The configured folder, or the named folder found upward; throws naming the setting when neither exists.</summary>
    public static string Resolve(string? configured, string folderName, string settingKey)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new InvalidOperationException($"{settingKey}: folder '{full}' does not exist");
        }

        return FindUpward(folderName)
            ?? throw new InvalidOperationException($"{settingKey} is not set and no '{folderName}/' folder was found above '{Directory.GetCurrentDirectory()}'");
    }
}
