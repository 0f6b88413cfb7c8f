using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Features.Simulator;

/// <summary><c>WarRoom:Simulator</c>: the campaign-season traffic generator (on by default in Development).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "WarRoom:Simulator";

    public bool Enabled { get; set; }

    /// <summary>Events per second at the busiest hour of a working day; quieter hours get fewer.</summary>
    [Range(0.1, 100_000)]
    public double EventsPerSecond { get; set; } = 20;

    /// <summary>When the store is empty at start, make up the campaign so far (so boards have history at once).</summary>
    public bool Backfill { get; set; } = true;

    [Range(10, 1_000_000)]
    public int BackfillEventsPerWorkingDay { get; set; } = 4_000;

    public int Seed { get; set; } = 2027;
}
