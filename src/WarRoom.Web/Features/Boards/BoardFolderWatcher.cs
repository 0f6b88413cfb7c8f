namespace WarRoom.Web.Features.Boards;

/// <summary>
/// Watches a folder for changes to <c>*.json</c> files and reports each file once it has been quiet for the
/// debounce time: editors and deploy tools save in several writes (truncate, write, rename), and reloading on the
/// first of them would read a half-written board. Losing events (buffer overflow) asks for a full rescan.
/// </summary>
internal sealed class BoardFolderWatcher : IDisposable
{
    private const string RescanKey = "*";

    private readonly FileSystemWatcher watcher;
    private readonly TimeSpan debounce;
    private readonly TimeProvider time;
    private readonly Action<string> fileSettled;
    private readonly Action rescan;
    private readonly Dictionary<string, ITimer> pending = new(StringComparer.Ordinal);
    private bool disposed;

    public BoardFolderWatcher(string folder, TimeSpan debounce, TimeProvider time, Action<string> fileSettled, Action rescan)
    {
        this.debounce = debounce;
        this.time = time;
        this.fileSettled = fileSettled;
        this.rescan = rescan;

        // No name filter on the watcher itself: an atomic save renames "hq.json.tmp" to "hq.json", and the old
        // name would not match "*.json"; both names are filtered in Touch instead.
        watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        watcher.Error += (_, _) => Schedule(RescanKey);
        watcher.EnableRaisingEvents = true;
    }

    private void Touch(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Schedule(path);
        }
    }

    private void Schedule(string key)
    {
        lock (pending)
        {
            if (disposed)
            {
                return;
            }

            if (pending.TryGetValue(key, out var timer))
            {
                timer.Change(debounce, Timeout.InfiniteTimeSpan);
            }
            else
            {
                pending[key] = time.CreateTimer(_ => Fire(key), null, debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Fire(string key)
    {
        lock (pending)
        {
            if (disposed || !pending.Remove(key, out var timer))
            {
                return;
            }

            timer.Dispose();
        }

        if (key == RescanKey)
        {
            rescan();
        }
        else
        {
            fileSettled(key);
        }
    }

    public void Dispose()
    {
        lock (pending)
        {
            disposed = true;
            foreach (var timer in pending.Values)
            {
                timer.Dispose();
            }

            pending.Clear();
        }

        watcher.Dispose();
    }
}
