namespace WarRoom.Web.Features.Snapshots;

/// <summary><c>WarRoom:Snapshots</c>: where snapshots are kept, the weekly schedule, and the tools exports need.</summary>
public sealed class SnapshotOptions
{
    public const string Section = "WarRoom:Snapshots";

    /// <summary>The SQLite file of snapshots; default <c>&lt;WarRoom:DataDirectory&gt;/snapshots.db</c>.</summary>
    public string? Path { get; set; }

    public WeeklySnapshotOptions Weekly { get; set; } = new();

    /// <summary>Headless Chromium for PNG exports; default: <c>chromium</c> (or a Chrome) found on PATH.</summary>
    public string? Chromium { get; set; }

    /// <summary>A CJK TrueType font (.ttf or .ttc with glyf outlines) for PDF exports; default: WenQuanYi Zen Hei.</summary>
    public string? PdfFont { get; set; }

    /// <summary>How long one Chromium rendering may take before it is killed.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary><c>WarRoom:Snapshots:Weekly</c>: the snapshot taken for the weekly review (周例会).</summary>
public sealed class WeeklySnapshotOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Day and local time in the campaign's time zone.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public TimeOnly Time { get; set; } = new(8, 30);

    public string Scope { get; set; } = "HQ";

    /// <summary><c>{week}</c> becomes the ISO week of the slot, e.g. <c>2027-W08</c>.</summary>
    public string Label { get; set; } = "{week} 周例会";

    /// <summary>
    /// A slot missed while the process was down is still taken when it starts within this long after the slot
    /// (a restart across 08:30 must not cost the meeting its snapshot), but not days later under a stale label.
    /// </summary>
    public TimeSpan CatchUp { get; set; } = TimeSpan.FromHours(12);
}
