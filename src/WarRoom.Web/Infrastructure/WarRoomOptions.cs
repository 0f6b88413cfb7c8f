namespace WarRoom.Web.Infrastructure;

/// <summary>Top-level settings under <c>WarRoom</c> that no single area owns.</summary>
public sealed class WarRoomOptions
{
    public const string Section = "WarRoom";

    /// <summary>Folder of seed data; default: <c>seed-data/</c> found upward from the working directory.</summary>
    public string? SeedData { get; set; }

    /// <summary>Where the host keeps its own files (audit log, snapshots); default <c>data/</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Folder of board definitions; default: <c>dashboards/</c> found upward from the working directory.</summary>
    public string? Dashboards { get; set; }
}
