namespace WarRoom.Core.Campaigns;

/// <summary>How time progress (时间进度) and days left are counted.</summary>
public enum ProgressMode
{
    /// <summary>Every calendar day counts the same.</summary>
    Calendar,

    /// <summary>Only working days count, so a holiday does not make everyone look behind.</summary>
    Workdays,
}

public static class ProgressModeNames
{
    public static string ToWire(this ProgressMode mode) => mode == ProgressMode.Calendar ? "calendar" : "workdays";
}
