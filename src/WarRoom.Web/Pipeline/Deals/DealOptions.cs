using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Pipeline.Deals;

/// <summary>
/// <c>WarRoom:Live:DealsKept</c>: how much of the deal feed is kept. The key stays under <c>WarRoom:Live</c>, where
/// operators have always set it; the knob belongs to the pipeline, which files the deals.
/// </summary>
public sealed class DealOptions
{
    public const string Section = "WarRoom:Live";

    /// <summary>Big deals kept per unit and KPI for the tickers (a ticker shows at most 30).</summary>
    [Range(30, 1000)]
    public int DealsKept { get; set; } = 30;
}
