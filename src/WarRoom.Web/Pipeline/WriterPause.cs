namespace WarRoom.Web.Pipeline;

/// <summary>
/// Runs something on the ingest writer while it holds still: no group in flight, every durable batch told to the
/// observers, nothing numbered that is not stored and applied. So the id ledger, the totals budget and the
/// aggregates describe one set of events, all numbered below the writer's next seq — what a checkpoint needs
/// (decision 0023). Requests wait meanwhile in the bounded queue. Once the writer has stopped, a request runs on
/// the caller, provided the writer stopped with nothing in flight; otherwise it fails rather than save half a group.
/// </summary>
internal sealed class WriterPause
{
    private readonly Lock gate = new();
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Request? pending;
    private bool stopped;
    private WriterPosition? stoppedAt;

    /// <summary>Completes when a request is waiting; the writer awaits it beside the queue.</summary>
    public Task Wake
    {
        get
        {
            lock (gate)
            {
                return wake.Task;
            }
        }
    }

    public bool IsRequested => Volatile.Read(ref pending) is not null;

    public Task RunAsync(Action<WriterPosition> action)
    {
        lock (gate)
        {
            if (stopped)
            {
                var at = stoppedAt ?? throw new InvalidOperationException("the ingest writer stopped with writes in flight");
                action(at);
                return Task.CompletedTask;
            }

            if (pending is not null)
            {
                throw new InvalidOperationException("the ingest writer is already held for another request");
            }

            pending = new Request(action);
            wake.TrySetResult();
            return pending.Done.Task;
        }
    }

    /// <summary>The writer, with nothing in flight.</summary>
    public void RunPending(WriterPosition at)
    {
        Request request;
        lock (gate)
        {
            request = pending!;
            pending = null;
            wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Run(request, at);
    }

    /// <summary>The writer's loop ended; <paramref name="at"/> is null when it left groups in flight (or never opened).</summary>
    public void Stop(WriterPosition? at)
    {
        Request? request;
        lock (gate)
        {
            stopped = true;
            stoppedAt = at;
            request = pending;
            pending = null;
        }

        if (request is not null)
        {
            if (at is null)
            {
                request.Done.TrySetException(new InvalidOperationException("the ingest writer stopped with writes in flight"));
            }
            else
            {
                Run(request, at);
            }
        }
    }

    private static void Run(Request request, WriterPosition at)
    {
        try
        {
            request.Action(at);
            request.Done.TrySetResult();
        }
        catch (Exception e)
        {
            request.Done.TrySetException(e);
        }
    }

    private sealed record Request(Action<WriterPosition> Action)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Where the writer stands while held: the next seq it will number and the highest seq applied so far.</summary>
public sealed record WriterPosition(long NextSeq, long LastApplied);
