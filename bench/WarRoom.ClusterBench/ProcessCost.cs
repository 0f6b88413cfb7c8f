using System.Diagnostics;
using System.Globalization;

namespace WarRoom.ClusterBench;

/// <summary>
/// CPU seconds of the bench process (its screens and poster) and of every child over a window, and the bench's own
/// GC pauses and allocations: the measuring client runs on the cores it measures, so a reader sees its share beside
/// the latency figure.
/// </summary>
internal sealed class ProcessCost
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan paused = GC.GetTotalPauseDuration();
    private readonly long allocated = GC.GetTotalAllocatedBytes();
    private readonly int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly (string Name, Child Process, double Cpu)[] children;
    private readonly List<string> seconds = [];
    private readonly Task sampling;
    private readonly CancellationTokenSource stop = new();

    private ProcessCost(IEnumerable<(string Name, Child Process)> others)
    {
        children = others.Select(c => (c.Name, c.Process, c.Process.CpuSeconds)).ToArray();
        sampling = SampleAsync();
    }

    /// <summary>Per second of the window: CPU % of the bench and of each child, to see when the cores were full.</summary>
    public IReadOnlyList<string> Seconds => seconds;

    public static ProcessCost Start(params (string Name, Child Process)[] others) => new(others);

    public async Task<string> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        return Line();
    }

    private async Task SampleAsync()
    {
        double Own() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var last = children.Select(c => c.Process.CpuSeconds).Prepend(Own()).ToArray();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var now = children.Select(c => c.Process.CpuSeconds).Prepend(Own()).ToArray();
                var threads = string.Join(" ", children.Select(c => $"{c.Process.Threads,4}"));
                seconds.Add(string.Create(CultureInfo.InvariantCulture, $"  {seconds.Count + 1,3} s: {string.Join(" ", now.Select((v, i) => $"{(v - last[i]) * 100,4:F0}"))}; threads {threads}"));
                last = now;
            }
        }
        catch (OperationCanceledException)
        {
            // window over
        }
    }

    private string Line()
    {
        var seconds = wall.Elapsed.TotalSeconds;
        var own = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var gcs = string.Join('/', collections.Select((before, gen) => GC.CollectionCount(gen) - before));
        var others = string.Join(", ", children.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Process.CpuSeconds - c.Cpu:F1} s")));
        return string.Create(CultureInfo.InvariantCulture,
            $"  CPU over {seconds:F0} s (2 cores = {2 * seconds:F0} CPU s): bench process (screens + poster) {own:F1} s, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms (gen0/1/2 {gcs}), {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:F0} MB allocated; {others}");
    }
}
