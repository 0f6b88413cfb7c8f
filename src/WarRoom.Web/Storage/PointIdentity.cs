namespace WarRoom.Web.Storage;

/// <summary>
/// The order of readings that both adapters share, and the InfluxDB point timestamp it comes from: the event
/// time truncated to the second, then the ingest sequence number modulo 10^9 as nanoseconds.
/// </summary>
/// <remarks>
/// InfluxDB identifies a point by (series, timestamp) and keeps the last write of it. Packing the Seq into the
/// sub-second nanoseconds makes two distinct events differ in timestamp while fewer than 10^9 events are accepted,
/// and a replayed event (same Seq, same time) land on itself. The price is that InfluxDB orders readings of one
/// second by Seq, not by milliseconds; the SQLite adapter orders <c>latest</c> readings by the same key so both
/// stores agree on which reading is the latest.
/// </remarks>
public static class PointIdentity
{
    public const long SeqModulus = 1_000_000_000;

    /// <summary>The InfluxDB timestamp in nanoseconds, which is also the "latest reading" order key.</summary>
    public static long OrderKey(long timeMs, long seq) => (FloorSeconds(timeMs) * 1_000_000_000) + (seq % SeqModulus);

    /// <summary>Whole seconds at or below <paramref name="timeMs"/>.</summary>
    public static long FloorSeconds(long timeMs) => Math.DivRem(timeMs, 1000, out var rem) - (rem < 0 ? 1 : 0);

    /// <summary>Whole seconds at or above <paramref name="timeMs"/>.</summary>
    public static long CeilSeconds(long timeMs) => -FloorSeconds(-timeMs);
}
