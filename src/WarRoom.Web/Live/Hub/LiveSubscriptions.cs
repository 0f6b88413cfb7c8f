namespace WarRoom.Web.Live.Hub;

/// <summary>
/// Who is subscribed to what, which SignalR does not tell: the publisher only builds for groups that have members.
/// Also remembers each new member until the publisher has sent it one complete state after its subscription
/// (see <see cref="TakeNewcomers"/>).
/// </summary>
public sealed class LiveSubscriptions
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> byConnection = new(StringComparer.Ordinal);
    /// <summary>Members per group and push slice (<see cref="LiveGroups.SliceOf"/>).</summary>
    private readonly Dictionary<string, int[]> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Connection, long JoinedAt)>> newcomers = new(StringComparer.Ordinal);

    public void Add(string connection, string group, long joinedAt)
    {
        lock (gate)
        {
            if (!byConnection.TryGetValue(connection, out var groups))
            {
                groups = new HashSet<string>(StringComparer.Ordinal);
                byConnection[connection] = groups;
            }

            if (groups.Add(group))
            {
                if (!members.TryGetValue(group, out var slices))
                {
                    members[group] = slices = new int[LiveGroups.Slices];
                }

                slices[LiveGroups.SliceOf(connection)]++;
            }

            if (!newcomers.TryGetValue(group, out var waiting))
            {
                waiting = [];
                newcomers[group] = waiting;
            }

            waiting.Add((connection, joinedAt));
        }
    }

    /// <summary>Leaves one group; returns whether the connection was in it.</summary>
    public bool Remove(string connection, string group)
    {
        lock (gate)
        {
            if (!byConnection.TryGetValue(connection, out var groups) || !groups.Remove(group))
            {
                return false;
            }

            Leave(group, connection);
            return true;
        }
    }

    /// <summary>A connection closed: it leaves every group (SignalR drops it from its groups by itself).</summary>
    public void RemoveConnection(string connection)
    {
        lock (gate)
        {
            if (byConnection.Remove(connection, out var groups))
            {
                foreach (var group in groups)
                {
                    Leave(group, connection);
                }
            }
        }
    }

    public IReadOnlyList<string> GroupsOf(string connection)
    {
        lock (gate)
        {
            return byConnection.TryGetValue(connection, out var groups) ? [.. groups] : [];
        }
    }

    /// <summary>Every group with at least one member.</summary>
    public IReadOnlyList<string> ActiveGroups()
    {
        lock (gate)
        {
            return [.. members.Keys];
        }
    }

    public int Members(string group)
    {
        lock (gate)
        {
            return members.TryGetValue(group, out var slices) ? slices.Sum() : 0;
        }
    }

    /// <summary>Members of one push slice of <paramref name="group"/>.</summary>
    public int Members(string group, int slice)
    {
        lock (gate)
        {
            return members.TryGetValue(group, out var slices) ? slices[slice] : 0;
        }
    }

    public bool HasMembers(string group) => Members(group) > 0;

    /// <summary>Members of <paramref name="group"/> that joined at or before <paramref name="joinedBy"/> and still wait for their first push.</summary>
    public IReadOnlyList<string> TakeNewcomers(string group, long joinedBy)
    {
        lock (gate)
        {
            if (!newcomers.TryGetValue(group, out var waiting))
            {
                return [];
            }

            var due = waiting.Where(w => w.JoinedAt <= joinedBy).Select(w => w.Connection).ToList();
            waiting.RemoveAll(w => w.JoinedAt <= joinedBy);
            if (waiting.Count == 0)
            {
                newcomers.Remove(group);
            }

            return due;
        }
    }

    private void Leave(string group, string connection)
    {
        var slices = members[group];
        slices[LiveGroups.SliceOf(connection)]--;
        if (slices.All(n => n == 0))
        {
            members.Remove(group);
        }

        if (newcomers.TryGetValue(group, out var waiting) && waiting.RemoveAll(w => w.Connection == connection) > 0 && waiting.Count == 0)
        {
            newcomers.Remove(group);
        }
    }
}
