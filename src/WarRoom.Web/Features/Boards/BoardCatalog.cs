using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WarRoom.Web.Features.Boards;

/// <summary>
/// The boards in the dashboards folder. Loaded at start, where any invalid board stops the app with every error
/// listed; afterwards a changed file is reloaded on its own: a valid change replaces the board and raises
/// <see cref="BoardChanged"/>, an invalid one is logged, raises <see cref="BoardRejected"/> and leaves the
/// previous definition in service so the screens keep running.
/// </summary>
public sealed class BoardCatalog : IHostedService, IDisposable
{
    private readonly BoardFolder folder;
    private readonly BoardVocabulary vocabulary;
    private readonly ILogger<BoardCatalog> logger;
    private readonly TimeProvider time;
    private readonly TimeSpan debounce;
    private readonly Lock gate = new();
    private volatile IReadOnlyDictionary<string, BoardDefinition>? boards;
    private BoardFolderWatcher? watcher;

    public BoardCatalog(
        IOptions<BoardsOptions> options, BoardVocabulary vocabulary, ILogger<BoardCatalog> logger, TimeProvider? time = null)
    {
        folder = new BoardFolder(options.Value.ResolveFolder(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException($"no boards folder; set {BoardsOptions.FolderKey}"));
        debounce = options.Value.Debounce;
        this.vocabulary = vocabulary;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
    }

    public string Folder => folder.Path;

    public event EventHandler<BoardChangedEventArgs>? BoardChanged;

    public event EventHandler<BoardRejectedEventArgs>? BoardRejected;

    /// <summary>Every board, ordered by id.</summary>
    public IReadOnlyList<BoardDefinition> Boards => [.. Current().Values.OrderBy(b => b.Id, StringComparer.Ordinal)];

    public BoardDefinition? Find(string id) => Current().GetValueOrDefault(id);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Current();
        lock (gate)
        {
            watcher ??= new BoardFolderWatcher(Folder, debounce, time, Reload, ReloadAll);
        }

        logger.LogInformation("Watching {Folder} for board changes", Folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (gate)
        {
            watcher?.Dispose();
            watcher = null;
        }
    }

    /// <summary>The loaded boards, loading them on first use; throws <see cref="BoardDefinitionException"/> if any is invalid.</summary>
    private IReadOnlyDictionary<string, BoardDefinition> Current()
    {
        if (boards is { } loaded)
        {
            return loaded;
        }

        lock (gate)
        {
            if (boards is null)
            {
                boards = folder.LoadAll(vocabulary);
                logger.LogInformation("Loaded {Count} boards from {Folder}: {Ids}",
                    boards.Count, Folder, string.Join(", ", boards.Keys.Order(StringComparer.Ordinal)));
            }

            return boards;
        }
    }

    /// <summary>Re-reads one file after the watcher saw it change, appear or disappear.</summary>
    internal void Reload(string path)
    {
        var id = BoardLoader.IdFromFileName(path);
        EventArgs? outcome;
        try
        {
            lock (gate)
            {
                var current = Current();
                outcome = File.Exists(path) ? Replace(current, id, path) : Remove(current, id);
            }
        }
        catch (Exception e)
        {
            // This runs on a timer thread, where an escaping exception would end the process.
            logger.LogError(e, "Reloading board {Id} from {Path} failed; keeping what is loaded", id, path);
            return;
        }

        // Outside the lock: a handler may read the catalog or take its time pushing to screens.
        Raise(outcome);
    }

    /// <summary>After the watcher lost events: every file on disk and every board we hold is looked at again.</summary>
    internal void ReloadAll()
    {
        List<string> paths;
        try
        {
            paths = [.. folder.Files().Concat(Current().Keys.Select(folder.FileOf)).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception e)
        {
            logger.LogError(e, "Rescanning {Folder} for boards failed", Folder);
            return;
        }

        foreach (var path in paths)
        {
            Reload(path);
        }
    }

    private EventArgs? Replace(IReadOnlyDictionary<string, BoardDefinition> current, string id, string path)
    {
        var result = folder.Load(path, vocabulary);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                logger.LogError("Board change rejected, keeping the previous definition: {Error}", error);
            }

            return new BoardRejectedEventArgs(id, result.Errors);
        }

        var board = result.Board!;
        var existed = current.TryGetValue(id, out var old);
        // A save without a real change (touch, reformat) must not reload every screen in the building.
        if (existed && BoardJson.Serialize(old) == BoardJson.Serialize(board))
        {
            return null;
        }

        boards = new Dictionary<string, BoardDefinition>(current, StringComparer.Ordinal) { [id] = board };
        logger.LogInformation("Board {Id} {Change} from {File}", id, existed ? "reloaded" : "added", folder.DisplayName(path));
        return new BoardChangedEventArgs(id, existed ? BoardChangeKind.Updated : BoardChangeKind.Added);
    }

    private EventArgs? Remove(IReadOnlyDictionary<string, BoardDefinition> current, string id)
    {
        if (!current.ContainsKey(id))
        {
            return null;
        }

        boards = current.Where(kv => kv.Key != id).ToDictionary(StringComparer.Ordinal);
        logger.LogWarning("Board {Id} removed: its file is gone from {Folder}", id, Folder);
        return new BoardChangedEventArgs(id, BoardChangeKind.Removed);
    }

    private void Raise(EventArgs? outcome)
    {
        try
        {
            switch (outcome)
            {
                case BoardChangedEventArgs changed:
                    BoardChanged?.Invoke(this, changed);
                    break;
                case BoardRejectedEventArgs rejected:
                    BoardRejected?.Invoke(this, rejected);
                    break;
            }
        }
        catch (Exception e)
        {
            // A failing subscriber must not stop the watcher from delivering later changes.
            logger.LogError(e, "A board change handler failed");
        }
    }
}
