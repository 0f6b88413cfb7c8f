namespace WarRoom.Web.Features.History;

/// <summary>
/// <c>WarRoom:History</c>: where a bank's own history of past campaigns is kept (<see cref="Folder"/>/&lt;campaign
/// id&gt;/*.csv in the events CSV format, written by <c>import-history</c>), and the size of the generated sample
/// history used for the seed's past campaign when nothing was imported for it.
/// </summary>
public sealed class HistoryOptions
{
    public const string Section = "WarRoom:History";

    /// <summary>Relative paths are under the content root.</summary>
    public string Folder { get; set; } = "history";

    /// <summary>Events per working day of the generated sample history; 0 loads no sample.</summary>
    public int GeneratedPerWorkingDay { get; set; } = 300;

    public string? Problem() => GeneratedPerWorkingDay is < 0 or > 1_000_000
        ? $"{Section}:GeneratedPerWorkingDay must be 0..1,000,000 (got {GeneratedPerWorkingDay})"
        : string.IsNullOrWhiteSpace(Folder) ? $"{Section}:Folder must name a folder" : null;
}
