using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarRoom.Web.Features.Boards;

namespace WarRoom.Web.Tests.Boards;

/// <summary>The catalog follows a real folder through a real FileSystemWatcher.</summary>
public sealed class BoardCatalogReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "warroom-boards-" + Guid.NewGuid().ToString("N"), "dashboards");
    private readonly Channel<EventArgs> events = Channel.CreateUnbounded<EventArgs>();
    private readonly ListLogger<BoardCatalog> logger = new();
    private BoardCatalog catalog = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "t.json"), SampleBoard.Json);
        catalog = NewCatalog();
        catalog.BoardChanged += (_, e) => events.Writer.TryWrite(e);
        catalog.BoardRejected += (_, e) => events.Writer.TryWrite(e);
        await catalog.StartAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        catalog.Dispose();
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        return Task.CompletedTask;
    }

    private BoardCatalog NewCatalog() => new(
        Options.Create(new BoardsOptions { Folder = folder, Debounce = TimeSpan.FromMilliseconds(250) }),
        TestBank.Vocabulary(), logger);

    private async Task<T> Next<T>()
        where T : EventArgs
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var next = await events.Reader.ReadAsync(timeout.Token);
            // An in-place write is a truncate and a write; on a loaded machine the debounce may fire between the
            // two and read a torn file. That is rejected (and the next change event loads the whole file), so
            // while waiting for a change, such a torn read is not the event under test.
            if (typeof(T) != typeof(BoardRejectedEventArgs) && next is BoardRejectedEventArgs { Errors: [var only] }
                && only.Message.Contains("malformed JSON", StringComparison.Ordinal))
            {
                continue;
            }

            return Assert.IsType<T>(next);
        }
    }

    private Task Write(string name, string json)
    {
        File.WriteAllText(Path.Combine(folder, name), json);
        return Task.CompletedTask;
    }

    [Fact]
    public void Boards_are_loaded_at_start()
    {
        var board = Assert.Single(catalog.Boards);
        Assert.Equal("t", board.Id);
        Assert.Equal("测试看板", catalog.Find("t")?.Title.Zh);
    }

    [Fact]
    public async Task A_valid_change_replaces_the_board_and_names_it()
    {
        await Write("t.json", SampleBoard.With(b => b["title"]!["zh"] = "新标题"));

        var changed = await Next<BoardChangedEventArgs>();

        Assert.Equal(("t", BoardChangeKind.Updated), (changed.BoardId, changed.Kind));
        Assert.Equal("新标题", catalog.Find("t")?.Title.Zh);
    }

    [Fact]
    public async Task An_invalid_change_keeps_the_old_board_and_logs_board_and_field()
    {
        await Write("t.json", SampleBoard.With(b => SampleBoard.Widget(b, 1, 3)["metric"] = "dep"));

        var rejected = await Next<BoardRejectedEventArgs>();

        Assert.Equal("t", rejected.BoardId);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("dashboards/t.json", "pages[1].widgets[3].metric"), (error.File, error.Field));
        Assert.Equal("测试看板", catalog.Find("t")?.Title.Zh);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error
            && e.Message.Contains("dashboards/t.json: pages[1].widgets[3].metric: unknown KPI 'dep'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Added_and_removed_files_add_and_remove_boards()
    {
        await Write("second.json", SampleBoard.With(b => b["id"] = "second"));
        var added = await Next<BoardChangedEventArgs>();
        Assert.Equal(("second", BoardChangeKind.Added), (added.BoardId, added.Kind));
        Assert.Equal(["second", "t"], catalog.Boards.Select(b => b.Id));

        File.Delete(Path.Combine(folder, "second.json"));
        var removed = await Next<BoardChangedEventArgs>();
        Assert.Equal(("second", BoardChangeKind.Removed), (removed.BoardId, removed.Kind));
        Assert.Null(catalog.Find("second"));
    }

    [Fact]
    public async Task An_atomic_save_by_rename_is_picked_up()
    {
        var temp = Path.Combine(folder, "t.json.tmp");
        await File.WriteAllTextAsync(temp, SampleBoard.With(b => b["title"]!["en"] = "Renamed in"));
        File.Move(temp, Path.Combine(folder, "t.json"), overwrite: true);

        var changed = await Next<BoardChangedEventArgs>();

        Assert.Equal("t", changed.BoardId);
        Assert.Equal("Renamed in", catalog.Find("t")?.Title.En);
    }

    [Fact]
    public async Task A_save_without_a_real_change_does_not_reload_the_screens()
    {
        // Same content, new layout and timestamp: if it raised an event, that event would come before the next one.
        await Write("t.json", SampleBoard.Node().ToJsonString());
        await Task.Delay(TimeSpan.FromMilliseconds(1000));
        await Write("t.json", SampleBoard.With(b => b["title"]!["zh"] = "真的改了"));

        var first = await Next<BoardChangedEventArgs>();

        Assert.Equal("真的改了", catalog.Find("t")?.Title.Zh);
        Assert.Equal(BoardChangeKind.Updated, first.Kind);
        Assert.False(events.Reader.TryRead(out _));
    }

    [Fact]
    public async Task An_invalid_board_at_start_stops_the_start_with_board_and_field()
    {
        await Write("bad.json", SampleBoard.With(b =>
        {
            b["id"] = "bad";
            SampleBoard.Page(b, 0)["dwellSeconds"] = 0;
        }));
        using var fresh = NewCatalog();

        var e = await Assert.ThrowsAsync<BoardDefinitionException>(() => fresh.StartAsync(CancellationToken.None));

        Assert.Contains("dashboards/bad.json: pages[0].dwellSeconds: 0 is outside 5..3600", e.Message, StringComparison.Ordinal);
    }
}
