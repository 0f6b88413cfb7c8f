namespace WarRoom.Web.Live.Hub;

/// <summary>
/// SignalR group names: one group per board (<c>board:hq</c>), and one per org unit and viewer scope
/// (<c>unit:BR01@HQ</c>).
/// </summary>
public static class LiveGroups
{
    private const string BoardPrefix = "board:";
    private const string UnitPrefix = "unit:";

    public static string Board(string boardId) => BoardPrefix + boardId;

    public static string Unit(string unitCode, string viewerScope) => $"{UnitPrefix}{unitCode}@{viewerScope}";

    public static bool IsBoard(string group, out string boardId)
    {
        var matches = group.StartsWith(BoardPrefix, StringComparison.Ordinal);
        boardId = matches ? group[BoardPrefix.Length..] : string.Empty;
        return matches;
    }

    public static bool IsUnit(string group, out string unitCode, out string viewerScope)
    {
        unitCode = viewerScope = string.Empty;
        var at = group.StartsWith(UnitPrefix, StringComparison.Ordinal) ? group.IndexOf('@', UnitPrefix.Length) : -1;
        if (at < 0)
        {
            return false;
        }

        unitCode = group[UnitPrefix.Length..at];
        viewerScope = group[(at + 1)..];
        return true;
    }

    /// <summary>Whether <paramref name="name"/> (a board id, a unit code or a group name) names <paramref name="group"/>.</summary>
    public static bool Names(string group, string name) =>
        group == name || (IsBoard(group, out var board) && board == name) || (IsUnit(group, out var unit, out _) && unit == name);
}
