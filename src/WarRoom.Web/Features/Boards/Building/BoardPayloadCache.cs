using System.Collections.Concurrent;
using WarRoom.Web.Features.Boards.Payloads;

namespace WarRoom.Web.Features.Boards.Building;

/// <summary>
/// One payload per board per <see cref="BoardStamp"/>: a thousand screens subscribing at once, the page renders and
/// the publisher all share one build. The payload holds both languages, so the screen's language is not part of
/// the key. A reloaded board (a new definition object) is built afresh.
/// </summary>
public sealed class BoardPayloadCache(BoardPayloadBuilder builder, BoardStamps stamps)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public Task<BoardPayload> GetAsync(BoardDefinition board) => GetAsync(board, stamps.Current());

    public async Task<BoardPayload> GetAsync(BoardDefinition board, BoardStamp stamp)
    {
        while (true)
        {
            if (entries.TryGetValue(board.Id, out var current) && ReferenceEquals(current.Board, board) && NotOlder(current.Stamp, stamp))
            {
                return await current.Await(entries);
            }

            var fresh = new Entry(board, stamp, new Lazy<Task<BoardPayload>>(() => builder.BuildAsync(board)));
            if (current is null ? entries.TryAdd(board.Id, fresh) : entries.TryUpdate(board.Id, fresh, current))
            {
                return await fresh.Await(entries);
            }
        }
    }

    /// <summary>A cached payload serves any caller whose stamp is not newer (a caller may have read the stamp a moment ago).</summary>
    private static bool NotOlder(BoardStamp cached, BoardStamp wanted) =>
        cached.Version >= wanted.Version && cached.Batches >= wanted.Batches && cached.Epoch >= wanted.Epoch && cached.Guidance >= wanted.Guidance;

    private sealed record Entry(BoardDefinition Board, BoardStamp Stamp, Lazy<Task<BoardPayload>> Payload)
    {
        public async Task<BoardPayload> Await(ConcurrentDictionary<string, Entry> owner)
        {
            try
            {
                return await Payload.Value;
            }
            catch
            {
                // A failed build must not be served again: the next caller builds anew.
                owner.TryRemove(new KeyValuePair<string, Entry>(Board.Id, this));
                throw;
            }
        }
    }
}
