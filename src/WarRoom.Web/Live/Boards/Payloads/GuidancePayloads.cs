namespace WarRoom.Web.Live.Boards.Payloads;

/// <summary>One guidance item as a screen shows it (API.md's guidance item, with the unit's name).</summary>
public sealed record GuidanceEntry
{
    public required string Unit { get; init; }
    public required LocalizedText UnitName { get; init; }

    /// <summary>Rule that produced it: pace_lag, rank_drop, inactive, top_performer, concentration, mix_gap, …</summary>
    public required string Kind { get; init; }

    /// <summary>"info", "warn" or "critical".</summary>
    public required string Severity { get; init; }

    public string? Kpi { get; init; }
    public required LocalizedText Message { get; init; }
    public LocalizedText? Action { get; init; }
}

/// <summary>Guidance for the units in scope, most severe first (<c>guidancePanel</c>).</summary>
public sealed record GuidancePanelPayload : WidgetPayload
{
    public required IReadOnlyList<GuidanceEntry> Items { get; init; }
}

/// <summary>
/// Hub event <c>guidanceUpdated</c>: the full current guidance of <see cref="Scope"/>. The screen replaces the items
/// of every guidance panel showing that scope (a page's cycled unit, else the board's scope), applying each
/// panel's own <c>max</c> and <c>minSeverity</c>.
/// </summary>
public sealed record GuidanceUpdate
{
    public required string Scope { get; init; }
    public required DateTimeOffset AsOf { get; init; }
    public required IReadOnlyList<GuidanceEntry> Items { get; init; }
}
