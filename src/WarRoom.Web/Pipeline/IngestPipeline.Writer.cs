namespace WarRoom.Web.Pipeline;

/// <summary>
/// The writer loop: it starts a group commit whenever fewer than the allowed number are in flight, finishes them
/// strictly in acceptance order, and lets a <see cref="WriterPause"/> run only when nothing is in flight.
/// </summary>
public sealed partial class IngestPipeline
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.Gauge("warroom_ingest_queue_depth", "Events accepted for writing, not yet durable", () => PendingEvents);
        var open = false;
        try
        {
            lastApplied = await opened.Task.WaitAsync(stoppingToken);
            nextSeq = lastApplied + 1;
            open = true;
            await WriteAsync(stoppingToken);
        }
        finally
        {
            pause.Stop(open && inFlight.Count == 0 ? new WriterPosition(nextSeq, lastApplied) : null);
        }
    }

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        var depth = options.Value.WritesInFlight ?? store.PreferredWritesInFlight;
        Task<bool>? more = null;
        while (true)
        {
            while (inFlight.TryPeek(out var head) && head.Write.IsCompleted)
            {
                Finish(inFlight.Dequeue());
            }

            if (pause.IsRequested)
            {
                if (inFlight.Count == 0)
                {
                    pause.RunPending(new WriterPosition(nextSeq, lastApplied));
                }
                else
                {
                    await inFlight.Peek().Write;
                }

                continue;
            }

            if (inFlight.Count < depth && await TryStartAsync(stoppingToken))
            {
                continue;
            }

            if (inFlight.Count == depth)
            {
                await inFlight.Peek().Write;
                continue;
            }

            more ??= queue.Reader.WaitToReadAsync(stoppingToken).AsTask();
            await (inFlight.TryPeek(out var oldest) ? Task.WhenAny(oldest.Write, more, pause.Wake) : Task.WhenAny(more, pause.Wake));
            if (more.IsCompleted)
            {
                if (!await more)
                {
                    return;
                }

                more = null;
            }
        }
    }

    private async ValueTask<bool> TryStartAsync(CancellationToken ct)
    {
        var group = spare.TryPop(out var reused) ? reused : new GroupWrite(options.Value.MaxWriteBatch);
        if (!group.TryTake(queue.Reader, options.Value.MaxWriteBatch))
        {
            spare.Push(group);
            return false;
        }

        ledger.Turn();
        var refusal = group.IsReplicated ? null : await FindLateResendsAsync(group, ct);
        if (refusal is null && seqs is not null && !group.IsReplicated)
        {
            refusal = seqs.TryReserve(ref nextSeq, group.Size);
        }

        if (refusal is not null)
        {
            group.Answer(refusal);
            Interlocked.Add(ref pending, -group.Size);
            spare.Push(group);
            return true;
        }

        group.Number(ledger, budget, ref nextSeq);
        if (group.Batch.Count > 0 && !group.IsReplicated)
        {
            // Off the writer's thread: a store that writes synchronously (SQLite: its b-trees, then an fsync) would
            // otherwise hold up numbering the next group and telling the observers about the previous one.
            group.Write = Task.Run(() => TryWriteAsync(group, ct), CancellationToken.None);
        }

        inFlight.Enqueue(group);
        return true;
    }
}
