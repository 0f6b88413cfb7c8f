using System.Text.Json;
using WarRoom.Web.Features.Boards.Parsing;

namespace WarRoom.Web.Features.Boards;

/// <summary>The outcome of loading one board file: the board when it is valid, otherwise every error found.</summary>
public sealed record BoardLoadResult(BoardDefinition? Board, IReadOnlyList<BoardError> Errors)
{
    public bool IsValid => Board is not null && Errors.Count == 0;
}

/// <summary>Reads, parses and validates board definitions; never throws for bad content.</summary>
public static class BoardLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip, // authors explain their layout in the file itself
    };

    /// <summary>The board id a file must declare: its name without <c>.json</c>.</summary>
    public static string IdFromFileName(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Loads <paramref name="path"/>; errors name it as <paramref name="displayName"/> (e.g. dashboards/hq.json).</summary>
    public static BoardLoadResult LoadFile(string path, string displayName, BoardVocabulary vocabulary)
    {
        string json;
        try
        {
            // Shared read so that a file still open in an editor or mid-copy can be read; a torn read fails to
            // parse, keeps the previous board, and the writer's next change event triggers another attempt.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            json = reader.ReadToEnd();
        }
        catch (IOException e)
        {
            return Failed(displayName, $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(displayName, $"cannot read the file: {e.Message}");
        }

        return Parse(json, displayName, IdFromFileName(path), vocabulary);
    }

    public static BoardLoadResult Parse(string json, string displayName, string expectedId, BoardVocabulary vocabulary)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are 0-based; editors count from 1.
            var where = e.LineNumber is { } line ? $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}: " : "";
            return Failed(displayName, $"{where}malformed JSON: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var errors = new List<BoardError>();
            var paths = new SourcePaths();
            var board = BoardParser.Parse(document.RootElement, displayName, errors, paths, vocabulary.Levels);
            if (board is not null)
            {
                BoardValidator.Validate(board, expectedId, vocabulary, paths, errors, displayName);
            }

            return new BoardLoadResult(errors.Count == 0 ? board : null, errors);
        }
    }

    private static BoardLoadResult Failed(string file, string message) => new(null, [new BoardError(file, "", message)]);

    // System.Text.Json appends its own "Path: … | LineNumber: …" tail, which repeats what we already say.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
