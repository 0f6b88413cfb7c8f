using System.Collections.Concurrent;
using WarRoom.Core.Guidance.FollowUp;

namespace WarRoom.Web.Features.Guidance.FollowUp;

/// <summary>
/// The follow-up of every guidance item, read from <see cref="FollowUpStore"/> once and then kept in memory, so
/// that a board or a guidance list attaches statuses without a file read per item. <see cref="Version"/> moves with
/// every change. Every consumer maps guidance through <see cref="GuidanceCache.Describe"/>, which asks this book.
/// </summary>
public sealed class FollowUpBook(FollowUpStore store)
{
    private readonly Lazy<ConcurrentDictionary<string, FollowUpStore.Row>> rows =
        new(() => new ConcurrentDictionary<string, FollowUpStore.Row>(store.ReadAll().ToDictionary(r => r.Id, StringComparer.Ordinal)));

    private readonly Lock gate = new();
    private long version;

    public long Version => Interlocked.Read(ref version);

    public FollowUpDto Find(string id) =>
        rows.Value.TryGetValue(id, out var row) ? new FollowUpDto(row.Status.ToWire(), row.By, row.At, row.Note) : FollowUpDto.Open;

    public FollowUpStatus StatusOf(string id) => rows.Value.TryGetValue(id, out var row) ? row.Status : FollowUpStatus.Open;

    /// <summary>
    /// Moves an item to <paramref name="row"/>'s status if <see cref="FollowUpRules"/> allow it from where it stands;
    /// returns the refusal otherwise. The check and the write are one step, so two people clicking at once cannot
    /// both move the item from the same status. Stored first, then shown: a status on screen survives a restart.
    /// </summary>
    public string? TryChange(FollowUpStore.Row row, out FollowUpStatus from)
    {
        lock (gate)
        {
            from = StatusOf(row.Id);
            if (FollowUpRules.Refusal(from, row.Status, row.Note) is { } refusal)
            {
                return refusal;
            }

            store.Write(row, from);
            rows.Value[row.Id] = row;
            Interlocked.Increment(ref version);
            return null;
        }
    }
}
