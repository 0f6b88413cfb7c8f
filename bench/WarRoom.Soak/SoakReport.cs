using System.Globalization;
using System.Text;
using WarRoom.IngestBench;

namespace WarRoom.Soak;

/// <summary>
/// The verdict: memory growth per acknowledged event over the run's second half (after the start-up, the JIT and
/// the store's first pages) against the ledger's documented 34 bytes per id, which a pre-sized ledger does not
/// even spend. A slope under that bound with the RSS flat means memory levelled off.
/// </summary>
internal static class SoakReport
{
    /// <summary>IdLedger's documented upper bound per id (16-byte slots at most 70 % full, doubled while growing).</summary>
    public const double LedgerBytesPerId = 34;

    public static string Describe(SoakPlan plan, SoakResult result)
    {
        var s = result.Samples;
        var mid = s[s.Count / 2];
        var last = s[^1];
        var events = last.Accepted - mid.Accepted;
        var slope = events > 0 ? (last.RssBytes - mid.RssBytes) / (double)events : double.NaN;
        var anonSlope = events > 0 ? (last.AnonBytes - mid.AnonBytes) / (double)events : double.NaN;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"soak: {result.Elapsed:hh\\:mm\\:ss} at {plan.Rate} events/s in bodies of {plan.Batch}, {plan.Readers} readers, {plan.Store} store");
        text.AppendLine(CultureInfo.InvariantCulture, $"ingest: accepted {result.Ingest.Accepted:N0}, duplicates {result.Ingest.Duplicates:N0}, rejected {result.Ingest.Rejected:N0}, retries {result.Ingest.Retries:N0}, failures {result.Failures}");
        text.AppendLine(CultureInfo.InvariantCulture, $"ingest latency: {Percentiles.Describe(result.Ingest.LatencyMs)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"reader latency: {Percentiles.Describe(result.ReaderMs)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"RSS: first {Mb(s[0].RssBytes)}, at half time {Mb(mid.RssBytes)}, max {Mb(s.Max(x => x.RssBytes))}, last {Mb(last.RssBytes)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"anonymous: first {Mb(s[0].AnonBytes)}, at half time {Mb(mid.AnonBytes)}, max {Mb(s.Max(x => x.AnonBytes))}, last {Mb(last.AnonBytes)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"second half: {events:N0} events, RSS {slope:F2} bytes per event (anonymous {anonSlope:F2}; bound {LedgerBytesPerId}) → {(slope <= LedgerBytesPerId ? "levels off" : "GROWS")}");
        return text.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
