namespace WarRoom.Web.Live.Hub;

/// <summary>
/// SignalR group names: one group per board (<c>board:hq</c>), and one per org unit and viewer scope
/// (<c>unit:BR01@HQ</c>). A board's screens are also split into <see cref="Slices"/> push slices
/// (<c>board:hq#3</c>) that get their board updates at different moments (decision 0009).
/// </summary>
public static class LiveGroups
{
    /// <summary>
    /// Push slices per board group. A board update to thousands of screens at once takes the sockets a few hundred
    /// milliseconds to drain, and a 喜报 sent meanwhile waits behind it on every screen; sixteen slices pushed one
    /// after another keep all but a sixteenth of the screens with empty sockets at any moment.
    /// </summary>
    public const int Slices = 16;

    private const string BoardPrefix = "board:";
    private const string UnitPrefix = "unit:";

    public static string Board(string boardId) => BoardPrefix + boardId;

    public static string Unit(string unitCode, string viewerScope) => $"{UnitPrefix}{unitCode}@{viewerScope}";

    /// <summary>The push slice a connection joins on every board it subscribes (stable for the connection id).</summary>
    public static int SliceOf(string connection)
    {
        // FNV-1a: the same slice on every call, unlike string.GetHashCode, which is randomised per process.
        var hash = 2166136261u;
        foreach (var c in connection)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Slices);
    }

    /// <summary>The group of one push slice of <paramref name="group"/> (a board group, node-local in a cluster).</summary>
    public static string Slice(string group, int slice) => $"{group}#{slice}";

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
