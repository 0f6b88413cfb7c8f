using System.Diagnostics;
using System.Globalization;

namespace WarRoom.Web.Features.Rankings;

/// <summary>
/// Where one ranking request's time went, sent back as a <c>Server-Timing</c> header (W3C; browsers' dev tools show
/// it): the handler end to end, the part of it spent waiting for the aggregates' read lock (ingest applying a
/// chunk), the GC pauses inside it, and the process's GC pauses and collections so far — the bench reads the
/// difference between consecutive answers to see a pause that fell outside the handler (routing, JSON). Without it
/// the tail of issue 25 (p99 ≈ 12 ms, p50 ≈ 2 ms) could not be split between the lock, the GC and the CPU. One per
/// request (scoped): the handler records its lock wait, the endpoint writes the header.
/// </summary>
public sealed class RankingTiming
{
    private long started;
    private TimeSpan pausedBefore;

    public TimeSpan LockWait { get; set; }

    public void Start()
    {
        pausedBefore = GC.GetTotalPauseDuration();
        started = Stopwatch.GetTimestamp();
    }

    /// <summary>Written before the body: the JSON that follows is outside the handler's figure.</summary>
    public void Write(HttpResponse response)
    {
        var handler = Stopwatch.GetElapsedTime(started);
        var paused = GC.GetTotalPauseDuration();
        // The last collection, so a pause can be told by kind: generation, its pause, what it promoted, compacting or not.
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
            $"handler;dur={handler.TotalMilliseconds:F3}, lock;dur={LockWait.TotalMilliseconds:F3}, gc;dur={(paused - pausedBefore).TotalMilliseconds:F3}, " +
            $"gcTotal;dur={paused.TotalMilliseconds:F3};desc=\"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}\", " +
            $"gcLast;dur={last.PauseDurations[0].TotalMilliseconds:F3};desc=\"#{last.Index} gen{last.Generation} promoted {last.PromotedBytes >> 10} KiB{(last.Compacted ? " compacted" : "")}{(last.Concurrent ? " background" : "")}\"");
    }
}
