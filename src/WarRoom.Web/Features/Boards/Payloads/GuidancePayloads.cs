using WarRoom.Core;
using WarRoom.Web.Features.Guidance;
using WarRoom.Web.Features.Guidance.FollowUp;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>Guidance for the units in scope, most severe first (<c>guidancePanel</c>), as the API shows each item.</summary>
public sealed record GuidancePanelPayload : WidgetPayload
{
    public required IReadOnlyList<GuidanceItemDto> Items { get; init; }
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
    public required IReadOnlyList<GuidanceItemDto> Items { get; init; }
}

/// <summary>Per unit of the widget's level: its guidance items and the shares taken up and done (<c>followUp</c>).</summary>
public sealed record FollowUpPayload : WidgetPayload
{
    public required IReadOnlyList<FollowUpShares.Row> Rows { get; init; }
}
