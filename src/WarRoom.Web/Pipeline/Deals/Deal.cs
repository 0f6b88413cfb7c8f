using WarRoom.Core;

namespace WarRoom.Web.Pipeline.Deals;

/// <summary>An org unit as named on screen.</summary>
public sealed record UnitRef(string Code, string Name, string? NameEn = null);

/// <summary>
/// A big deal (喜报): an event at or above its KPI's big-deal threshold. Names the manager and where they sit,
/// never the customer. Pushed alone as the hub event <c>dealAnnounced</c>, and listed in a ticker's payload.
/// </summary>
public sealed record Deal
{
    /// <summary>The event id, so a deal announced live and then listed in a resync is shown once.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset Time { get; init; }
    public required string Kpi { get; init; }
    public required LocalizedText KpiName { get; init; }

    /// <summary>The display unit of <see cref="Amount"/> (万元, 户, 张…), as the KPI's.</summary>
    public required string Unit { get; init; }
    public required double Amount { get; init; }
    /// <summary>Who booked it: the manager, or the sub-branch or branch for a figure booked directly there.</summary>
    public required UnitRef Manager { get; init; }

    /// <summary>Null when the figure was booked directly on a branch or sub-branch.</summary>
    public UnitRef? SubBranch { get; init; }

    public UnitRef? Branch { get; init; }
}
