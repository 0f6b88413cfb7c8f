namespace WarRoom.Core.Guidance.FollowUp;

/// <summary>
/// Where the people a guidance item concerns stand on it (智能帮扶闭环). The declaration order is the order of the
/// working path: open → acknowledged → in progress → done; dismissed leaves the path with a note saying why.
/// </summary>
public enum FollowUpStatus
{
    Open,
    Acknowledged,
    InProgress,
    Done,
    Dismissed,
}

public static class FollowUpStatusNames
{
    public static IReadOnlyList<FollowUpStatus> All { get; } = Enum.GetValues<FollowUpStatus>();

    public static string ToWire(this FollowUpStatus status) => status switch
    {
        FollowUpStatus.Open => "open",
        FollowUpStatus.Acknowledged => "acknowledged",
        FollowUpStatus.InProgress => "in_progress",
        FollowUpStatus.Done => "done",
        FollowUpStatus.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? text, out FollowUpStatus status)
    {
        foreach (var s in All)
        {
            if (s.ToWire() == text)
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>Acknowledged, in progress or done: someone has taken the item up.</summary>
    public static bool IsTakenUp(this FollowUpStatus status) => status is FollowUpStatus.Acknowledged or FollowUpStatus.InProgress or FollowUpStatus.Done;
}
