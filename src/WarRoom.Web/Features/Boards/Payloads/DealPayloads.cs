using WarRoom.Web.Pipeline.Deals;

namespace WarRoom.Web.Features.Boards.Payloads;

/// <summary>The latest big deals in scope, newest first (<c>dealTicker</c>).</summary>
public sealed record DealTickerPayload : WidgetPayload
{
    public required IReadOnlyList<Deal> Deals { get; init; }
}
