using System.Diagnostics;
using Microsoft.Extensions.Options;
using WarRoom.Web.Storage;

namespace WarRoom.Web.Pipeline.Checkpoints;

/// <summary>
/// Saves the in-memory state every <see cref="CheckpointOptions.Interval"/> and at a graceful shutdown (decision
/// 0023): the ingest writer holds still while the file is written (<see cref="IngestPipeline.HoldStillAsync"/>),
/// then the file is made durable and renamed off the writer. Nothing new since the last one → nothing written.
/// </summary>
public sealed class CheckpointService(
    CheckpointState state, CheckpointFiles files, CheckpointLoader loader, IngestPipeline pipeline, IKpiStore store,
    TimeProvider clock, IOptions<CheckpointOptions> options, ILogger<CheckpointService> logger) : BackgroundService
{
    private readonly SemaphoreSlim one = new(1, 1);
    private long savedNextSeq = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!loader.IsActive)
        {
            logger.LogInformation("Checkpoints are off (disabled, or a cluster node): every start replays the whole store");
            return;
        }

        await pipeline.Opened.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TakeLoggedAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (loader.IsActive && pipeline.Opened.IsCompletedSuccessfully)
        {
            await TakeLoggedAsync(cancellationToken);
        }
    }

    /// <summary>Writes a checkpoint now; its path, or null when nothing changed since the last one.</summary>
    public async Task<string?> TakeAsync(CancellationToken ct)
    {
        await one.WaitAsync(ct);
        try
        {
            string? temporary = null;
            CheckpointHeader? header = null;
            var started = Stopwatch.GetTimestamp();
            long heldTicks = 0;
            await pipeline.HoldStillAsync(at =>
            {
                var held = Stopwatch.GetTimestamp();
                if (at.NextSeq == savedNextSeq)
                {
                    return;
                }

                header = new CheckpointHeader(state.Fingerprint, at.NextSeq, at.LastApplied, state.LedgerCount, clock.GetUtcNow().ToUnixTimeMilliseconds(), store.Name);
                temporary = files.TemporaryFor(at.NextSeq);
                CheckpointFile.Write(temporary, header, state.Exchange);
                heldTicks = Stopwatch.GetTimestamp() - held;
            });

            if (temporary is null || header is null)
            {
                return null;
            }

            var path = files.Commit(temporary);
            savedNextSeq = header.NextSeq;
            logger.LogInformation(
                "Checkpoint {Path}: {Events} events up to seq {Seq}, {Bytes} bytes; the writer held still {Held} ms, durable after {Total} ms",
                path, header.Events, header.NextSeq - 1, new FileInfo(path).Length,
                (long)Stopwatch.GetElapsedTime(0, heldTicks).TotalMilliseconds, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return path;
        }
        finally
        {
            one.Release();
        }
    }

    private async Task TakeLoggedAsync(CancellationToken ct)
    {
        try
        {
            await TakeAsync(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The previous checkpoint stays valid; a start from it only replays more of the store.
            logger.LogError(e, "Writing a checkpoint failed");
        }
    }
}
