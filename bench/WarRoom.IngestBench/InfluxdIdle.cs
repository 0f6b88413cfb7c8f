using System.Diagnostics;
using System.Globalization;
using WarRoom.Web.Tests.Storage;

namespace WarRoom.IngestBench;

/// <summary>
/// Waits until influxd has finished with the previous round (compacting what it was just sent takes it seconds
/// of CPU after the last 204), so that every round starts against an idle server rather than the one after it
/// paying for the one before.
/// </summary>
internal static class InfluxdIdle
{
    public static async Task WaitAsync(InfluxdProcess influxd, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        var last = CpuSample.Take(null, influxd.ProcessId).Influxd;
        while (quiet < 4 && clock.Elapsed < max)
        {
            await Task.Delay(500);
            var now = CpuSample.Take(null, influxd.ProcessId).Influxd;
            quiet = now - last < 0.05 ? quiet + 1 : 0;
            last = now;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    (influxd {(quiet >= 4 ? "idle" : "still busy")} after {clock.Elapsed.TotalSeconds:F0} s)"));
    }
}
