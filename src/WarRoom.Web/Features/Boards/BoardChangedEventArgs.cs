namespace WarRoom.Web.Features.Boards;

public enum BoardChangeKind
{
    Added,
    Updated,
    Removed,
}

/// <summary>
/// A board's definition changed on disk and the catalog now serves the new one (or none, when removed): screens
/// showing <see cref="BoardId"/> should reload (the hub's <c>boardReloaded</c>).
/// </summary>
public sealed class BoardChangedEventArgs(string boardId, BoardChangeKind kind) : EventArgs
{
    public string BoardId { get; } = boardId;
    public BoardChangeKind Kind { get; } = kind;
}

/// <summary>A changed board file was invalid; the catalog keeps serving the previous definition.</summary>
public sealed class BoardRejectedEventArgs(string boardId, IReadOnlyList<BoardError> errors) : EventArgs
{
    public string BoardId { get; } = boardId;
    public IReadOnlyList<BoardError> Errors { get; } = errors;
}
