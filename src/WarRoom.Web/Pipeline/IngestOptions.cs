using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Pipeline;

/// <summary><c>WarRoom:Ingest</c>: batch limits and the bound on events waiting to become durable.</summary>
public sealed class IngestOptions
{
    public const string Section = "WarRoom:Ingest";

    [Range(1, 1_000_000)]
    public int MaxEventsPerRequest { get; set; } = 10_000;

    [Range(1024, 256 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Events accepted for writing but not yet durable; beyond this the API answers 503 with Retry-After.</summary>
    [Range(1, 10_000_000)]
    public int MaxPendingEvents { get; set; } = 200_000;

    /// <summary>
    /// Most events the writer puts in one store write. Small requests share a commit; a full request (10,000) has
    /// one of its own, so its answer waits for its own events only and its sender refills sooner.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxWriteBatch { get; set; } = 10_000;

    /// <summary>
    /// Group commits written at once; unset, the store's <see cref="Storage.IKpiStore.PreferredWritesInFlight"/>
    /// (SQLite 2, InfluxDB 4). The store has the next group while the previous one is being acknowledged, instead
    /// of waiting for the writer; the groups are still answered in order. A store that writes synchronously
    /// (SQLite) takes them one after the other anyway.
    /// </summary>
    [Range(1, 8)]
    public int? WritesInFlight { get; set; }

    /// <summary>
    /// Event ids the id ledger has room for from the start (16 bytes per 0.7 of an id: 2,000,000 ids take 46 MB).
    /// Beyond it the ledger grows by half, copying itself on the writer's thread; size it for the campaign.
    /// </summary>
    [Range(0, 100_000_000)]
    public int ExpectedEvents { get; set; } = 2_000_000;

    /// <summary>How far ahead of the business clock an event time may be.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
