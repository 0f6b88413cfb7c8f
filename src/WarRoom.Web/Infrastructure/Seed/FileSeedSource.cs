using WarRoom.Core.Seed;

namespace WarRoom.Web.Infrastructure.Seed;

/// <summary>Seed files from a folder on disk.</summary>
public sealed class FileSeedSource(string folder) : ISeedSource
{
    public string Folder { get; } = folder;

    public string? Read(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
