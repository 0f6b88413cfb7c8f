namespace WarRoom.Web.Features.Boards;

/// <summary>
/// One problem in a board definition: the file as the operator knows it (<c>dashboards/hq.json</c>), the field as a
/// path into the JSON (<c>pages[1].widgets[3].metric</c>; empty for the whole file) and what is wrong.
/// </summary>
public sealed record BoardError(string File, string Field, string Message)
{
    public override string ToString() =>
        Field.Length > 0 ? $"{File}: {Field}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown at start when any board is invalid; the message lists every error so one restart fixes them all.</summary>
public sealed class BoardDefinitionException(IReadOnlyList<BoardError> errors)
    : Exception("board definitions are invalid:" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<BoardError> Errors { get; } = errors;
}
