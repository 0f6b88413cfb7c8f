using System.ComponentModel.DataAnnotations;

namespace WarRoom.Web.Pipeline;

/// <summary><c>WarRoom:Ingest</c>: batch limits, the bound on events waiting to become durable, the id ledger's window.</summary>
public sealed class IngestOptions : IValidatableObject
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
    /// Event ids the id ledger's fingerprints have room for from the start (4 bytes per 0.7 of an id: 50,000,000
    /// ids take 286 MB). Beyond it another segment of that size starts; size it for the campaign.
    /// </summary>
    [Range(0, 500_000_000)]
    public int ExpectedEvents { get; set; } = 2_000_000;

    /// <summary>
    /// How long an accepted id is held exactly in memory (decision 0022): a resend inside it is found in RAM, a
    /// later one costs a look-up in the store. Also bounded by <see cref="RecentIds"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ResendWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Ids one generation of the window holds at most (two generations, 16 bytes per 0.7 of an id: 2,000,000 take 46 MB each).</summary>
    [Range(10_000, 100_000_000)]
    public int RecentIds { get; set; } = 2_000_000;

    /// <summary>How far ahead of the business clock an event time may be.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// An id numbered but not yet durable must stay in the window, or a resend meanwhile would pass as new: a
    /// generation holds at least every id the writer can have in flight.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var inFlight = (long)(WritesInFlight ?? 8) * MaxWriteBatch;
        if (RecentIds < inFlight)
        {
            yield return new ValidationResult(
                $"RecentIds ({RecentIds}) must be at least WritesInFlight × MaxWriteBatch ({inFlight}): ids being written must stay in the window",
                [nameof(RecentIds)]);
        }
    }
}
