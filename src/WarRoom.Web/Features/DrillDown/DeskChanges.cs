using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Infrastructure;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// The one signal open desk pages listen to: every <see cref="Interval"/> it reads the same stamp the hub's
/// publishers read (aggregates version, durable batches, refresh epoch — all in memory) and, when it moved, tells
/// every listener once. A page then re-sends its own query against the in-memory aggregates; nobody polls the store
/// and a burst of a thousand events is one refresh per page. Ticks only while some page listens.
/// </summary>
public sealed class DeskChanges(BoardStamps stamps, WarRoomMetrics metrics) : BackgroundService
{
    /// <summary>
    /// A tenth of the one-second budget from post to screen, so the wait is a small part of it even on a loaded
    /// machine; long enough to coalesce a burst. A check compares three counters, so it costs nothing when idle.
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private readonly List<Func<Task>> listeners = [];

    /// <summary>Open pages listening now (the desk benchmark reports it next to memory).</summary>
    public int Listeners
    {
        get
        {
            lock (gate)
            {
                return listeners.Count;
            }
        }
    }

    /// <summary>Calls <paramref name="changed"/> after each change until the returned handle is disposed.</summary>
    public IDisposable Listen(Func<Task> changed)
    {
        lock (gate)
        {
            listeners.Add(changed);
        }

        return new Subscription(this, changed);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Gauge("warroom_desk_listeners", "Open live desk pages listening for changes", () => Listeners);
        using var timer = new PeriodicTimer(Interval);
        var last = stamps.Current();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Func<Task>[] due;
            lock (gate)
            {
                due = listeners.Count == 0 ? [] : [.. listeners];
            }

            var now = stamps.Current();
            if (now == last || due.Length == 0)
            {
                last = due.Length == 0 ? now : last;
                continue;
            }

            last = now;
            // Each page refreshes on its own circuit; one slow page never holds up the others.
            foreach (var listener in due)
            {
                _ = Task.Run(listener, stoppingToken);
            }
        }
    }

    private sealed class Subscription(DeskChanges owner, Func<Task> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.listeners.Remove(listener);
            }
        }
    }
}
