namespace WarRoom.Core.Seed;

/// <summary>Where seed files come from (a folder on disk in the host, strings in tests).</summary>
public interface ISeedSource
{
    /// <summary>The text of <paramref name="fileName"/>, or null when the file does not exist.</summary>
    string? Read(string fileName);
}

public sealed class InMemorySeedSource(IReadOnlyDictionary<string, string> files) : ISeedSource
{
    public string? Read(string fileName) => files.TryGetValue(fileName, out var text) ? text : null;
}
