namespace WarRoom.Web.Features.Boards;

/// <summary>The dashboards folder on disk: which files are boards and how errors name them.</summary>
internal sealed class BoardFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>Board files in ordinal name order, so boards load and list in the same order everywhere.</summary>
    public IEnumerable<string> Files() => Directory.EnumerateFiles(Path, "*.json").Order(StringComparer.Ordinal);

    public string FileOf(string boardId) => System.IO.Path.Combine(Path, boardId + ".json");

    /// <summary>How an operator knows the file: <c>dashboards/hq.json</c>.</summary>
    public string DisplayName(string file) =>
        $"{System.IO.Path.GetFileName(Path)}/{System.IO.Path.GetFileName(file)}";

    public BoardLoadResult Load(string file, BoardVocabulary vocabulary) =>
        BoardLoader.LoadFile(file, DisplayName(file), vocabulary);

    /// <summary>Every board in the folder by id; throws listing every error of every file if any is invalid.</summary>
    public Dictionary<string, BoardDefinition> LoadAll(BoardVocabulary vocabulary)
    {
        var results = Files().Select(f => Load(f, vocabulary)).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new BoardDefinitionException(errors);
        }

        return results.ToDictionary(r => r.Board!.Id, r => r.Board!, StringComparer.Ordinal);
    }
}
