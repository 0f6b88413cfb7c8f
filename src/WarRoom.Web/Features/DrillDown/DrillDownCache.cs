using System.Collections.Concurrent;
using WarRoom.Web.Features.Boards.Building;
using WarRoom.Web.Features.Guidance.FollowUp;

namespace WarRoom.Web.Features.DrillDown;

/// <summary>
/// One immutable <see cref="GetDrillDown.Response"/> per view of a unit per change, shared by every open page that
/// shows it: two hundred branch heads on /units/BR01 hold one answer, not two hundred copies, and a live tick builds
/// it once. A page keeps a reference and draws again only when the reference moves. The answer depends on the
/// viewer only through role and scope (what they may see), so those are the key, not the person. Entries are
/// replaced when the aggregates, the live feed, the 30-second refresh epoch (time progress) or a follow-up moved.
/// </summary>
public sealed class DrillDownCache(BoardStamps stamps, FollowUpBook followUps)
{
    /// <summary>Distinct views kept at most; beyond it the cache starts again (typed filters must not grow it forever).</summary>
    public const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<GetDrillDown.Query, Entry> entries = new();

    public async Task<GetDrillDown.Response> GetAsync(GetDrillDown.Query query, Func<Task<GetDrillDown.Response>> build)
    {
        // The whole query but the person's name: a field added to the query later is part of the key by itself.
        var key = query with { Viewer = query.Viewer with { Name = string.Empty } };
        // Not the guidance generation: the answer reads the fresh report of this aggregates version and minute (both
        // moved by the rest of the stamp), and building it may itself compute that report — with the generation in
        // the key, the first answer after every event outdated itself and the next caller built it again.
        var stamp = (stamps.Current() with { Guidance = 0 }, followUps.Version);
        while (true)
        {
            if (entries.TryGetValue(key, out var current) && current.Stamp == stamp)
            {
                return await current.Await(entries, key);
            }

            if (current is null && entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            var fresh = new Entry(stamp, new Lazy<Task<GetDrillDown.Response>>(build));
            if (current is null ? entries.TryAdd(key, fresh) : entries.TryUpdate(key, fresh, current))
            {
                return await fresh.Await(entries, key);
            }
        }
    }

    private sealed record Entry((BoardStamp Board, long FollowUps) Stamp, Lazy<Task<GetDrillDown.Response>> Response)
    {
        public async Task<GetDrillDown.Response> Await(ConcurrentDictionary<GetDrillDown.Query, Entry> owner, GetDrillDown.Query key)
        {
            try
            {
                return await Response.Value;
            }
            catch
            {
                // A refusal or an outage is not kept: the next caller asks again.
                owner.TryRemove(new KeyValuePair<GetDrillDown.Query, Entry>(key, this));
                throw;
            }
        }
    }
}
