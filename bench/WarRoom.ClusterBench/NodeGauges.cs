using System.Globalization;

namespace WarRoom.ClusterBench;

/// <summary>
/// Each node's own view over the measured window, from its /metrics four times a second: how long collections
/// paused it (<c>warroom_gc_pause_microseconds</c>) and how much work waited for a thread-pool thread
/// (<c>warroom_threadpool_pending</c>): a server-side stall shows as one or the other.
/// </summary>
internal sealed class NodeGauges
{
    private readonly (string Name, HttpClient Reader)[] nodes;
    private readonly Dictionary<string, (long FirstPause, long LastPause, long MaxPending, int Scrapes)> seen = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    private NodeGauges((string Name, Uri Address)[] nodes)
    {
        this.nodes = [.. nodes.Select(n => (n.Name, Infra.Client(n.Address, Infra.ReaderToken)))];
        sampling = SampleAsync();
    }

    public static NodeGauges Start(params (string Name, Uri Address)[] nodes) => new(nodes);

    public async Task<string> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        return "  nodes' own view (/metrics every 250 ms): " + string.Join("; ", nodes.Select(n => seen.TryGetValue(n.Name, out var s)
            ? string.Create(CultureInfo.InvariantCulture, $"{n.Name} GC pauses {(s.LastPause - s.FirstPause) / 1000.0:F0} ms, thread-pool queue ≤ {s.MaxPending}")
            : $"{n.Name} -"));
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                foreach (var (name, reader) in nodes)
                {
                    var lines = (await reader.GetStringAsync("/metrics", stop.Token)).Split('\n');
                    long Value(string metric) => lines.Where(l => l.StartsWith(metric + " ", StringComparison.Ordinal))
                        .Select(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)).FirstOrDefault();
                    var (pause, pending) = (Value("warroom_gc_pause_microseconds"), Value("warroom_threadpool_pending"));
                    seen[name] = seen.TryGetValue(name, out var s)
                        ? (s.FirstPause, pause, Math.Max(s.MaxPending, pending), s.Scrapes + 1)
                        : (pause, pause, pending, 1);
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
            // window over
        }
    }
}
