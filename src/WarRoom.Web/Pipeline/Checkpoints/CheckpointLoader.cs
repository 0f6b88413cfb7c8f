using Microsoft.Extensions.Options;
using WarRoom.Web.Pipeline.Cluster;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>A checkpoint a start loaded, and the highest seq the store held then.</summary>
public sealed record LoadedCheckpoint(string Path, CheckpointHeader Header, long StoreLastSeq);

/// <summary>
/// At start, loads the newest checkpoint that is whole (length and checksum), of this format, taken under this
/// seed and campaign, against this store, and whose events the store still holds; an older one when the newest is
/// not. None → the start replays the whole store. Never used by a cluster node (decision 0023: its stream position
/// is not in the format yet), so a cluster start stays the full rebuild of decision 0018.
/// </summary>
public sealed class CheckpointLoader(
    CheckpointFiles files, CheckpointState state, IOptions<CheckpointOptions> options, ILogger<CheckpointLoader> logger, EventStream? stream = null)
{
    public bool IsActive => options.Value.Enabled && stream is null;

    /// <summary>The checkpoint this start loaded; null when it replayed the whole store.</summary>
    public LoadedCheckpoint? Loaded { get; private set; }

    public async Task<LoadedCheckpoint?> TryLoadAsync(IKpiStore store, CancellationToken ct)
    {
        if (!IsActive)
        {
            return null;
        }

        long? storeLast = null;
        foreach (var path in files.NewestFirst())
        {
            if (Refusal(path, store, out var header) is { } reason)
            {
                logger.LogWarning("Checkpoint {Path} is not used: {Reason}", path, reason);
                continue;
            }

            storeLast ??= await store.LastSeqAsync(ct);
            if (storeLast < header.LastSeq)
            {
                logger.LogWarning("Checkpoint {Path} is not used: it covers seq {Covered}, the {Store} store holds up to {Held}",
                    path, header.LastSeq, store.Name, storeLast);
                continue;
            }

            if (LoadOrUndo(path) is { } damage)
            {
                logger.LogWarning("Checkpoint {Path} is not used: {Reason}", path, damage);
                continue;
            }

            Loaded = new LoadedCheckpoint(path, header, storeLast.Value);
            return Loaded;
        }

        return null;
    }

    /// <summary>
    /// Loads the file, its checksum checked alongside; a load that fails is undone and the reason given, so the next
    /// file or the full rebuild follows. A whole file the walk cannot load (a part whose layout changed without a
    /// format bump) is also set aside, so that no later start tries it again.
    /// </summary>
    private string? LoadOrUndo(string path)
    {
        string? damage;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            damage = CheckpointFile.Load(path, state.Exchange, out var checksumWait);
            logger.LogInformation("Checkpoint {Path} read in {Elapsed} ms, of which {Wait} ms waiting for its checksum after the state was in ({Split})",
                path, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, (long)checksumWait.TotalMilliseconds, state.LastSplit);
        }
        catch (Exception e)
        {
            // Load throws only when the checksum matched: damaged bytes give their reason instead.
            damage = e.Message;
            File.Move(path, path + ".unreadable", overwrite: true);
            logger.LogError(e, "Checkpoint {Path} passed its checksum but could not be loaded; set aside as {Name}", path, Path.GetFileName(path) + ".unreadable");
        }

        if (damage is not null)
        {
            state.Reset();
        }

        return damage;
    }

    /// <summary>Why the file cannot be used, or null with its header.</summary>
    private string? Refusal(string path, IKpiStore store, out CheckpointHeader header)
    {
        header = null!;
        try
        {
            if (CheckpointFile.ReadHeader(path, out var problem) is not { } verified)
            {
                return problem;
            }

            header = verified;
        }
        catch (IOException e)
        {
            return e.Message;
        }

        if (header.Fingerprint != state.Fingerprint)
        {
            return "taken under another seed or campaign";
        }

        return header.Store != store.Name ? $"taken against the {header.Store} store, this is {store.Name}" : null;
    }
}
