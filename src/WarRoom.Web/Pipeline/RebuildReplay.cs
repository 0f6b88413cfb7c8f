using System.Diagnostics;
using WarRoom.Core.Events;

namespace WarRoom.Web.Pipeline;

/// <summary>
/// The start-up replay's sink: collects stored events in blocks and hands each block to the id ledger and the totals
/// budget, then to
/// every observer, timing both, so that the rebuild can report how long reading the store took on its own.
/// </summary>
internal sealed class RebuildReplay(IdLedger ledger, TotalsBudget budget, IEventObserver[] observers)
{
    private const int BlockSize = 8192;
    private const int PrefetchDistance = 16;
    private readonly EventRecord[] block = new EventRecord[BlockSize];
    private readonly UInt128[] hashes = new UInt128[BlockSize];
    private int buffered;
    private long ledgerTicks;
    private long observerTicks;

    public long Count { get; private set; }

    public long LastSeq { get; private set; }

    public TimeSpan LedgerTime => Stopwatch.GetElapsedTime(0, ledgerTicks);

    public TimeSpan ObserverTime => Stopwatch.GetElapsedTime(0, observerTicks);

    /// <summary>Bytes of id tables the ledger let go when the replay ended (<see cref="IdLedger.EndReplay"/>).</summary>
    public long LedgerFreed { get; private set; }

    public void Add(EventRecord e)
    {
        block[buffered++] = e;
        if (buffered == BlockSize)
        {
            Flush();
        }
    }

    /// <summary>Hands on the last partial block and tells the ledger and the observers the replay is over.</summary>
    public void Finish()
    {
        Flush();
        LedgerFreed = ledger.EndReplay();
        var started = Stopwatch.GetTimestamp();
        foreach (var observer in observers)
        {
            observer.Restored();
        }

        observerTicks += Stopwatch.GetTimestamp() - started;
    }

    private void Flush()
    {
        var events = block.AsSpan(0, buffered);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < events.Length; i++)
        {
            hashes[i] = IdLedger.Hash(events[i].Id);
            LastSeq = Math.Max(LastSeq, events[i].Seq);
        }

        // Hashed first so that the ledger slots can be prefetched ahead of the inserts (IdLedger.Prefetch). An id the
        // store holds twice counts once: in a cluster, a node killed between its store write and its answer leaves a
        // copy that the resend to another node stores again.
        var kept = 0;
        for (var i = 0; i < events.Length; i++)
        {
            if (i + PrefetchDistance < events.Length)
            {
                ledger.Prefetch(hashes[i + PrefetchDistance]);
            }

            if (ledger.AddReplayed(hashes[i]))
            {
                budget.Restore(events[i].Kpi, events[i].Value);
                events[kept++] = events[i];
            }
        }

        Count += kept;
        events = events[..kept];

        var hashed = Stopwatch.GetTimestamp();
        foreach (var observer in observers)
        {
            foreach (ref readonly var e in events)
            {
                observer.Restore(in e);
            }
        }

        ledgerTicks += hashed - started;
        observerTicks += Stopwatch.GetTimestamp() - hashed;
        block.AsSpan(0, buffered).Clear();
        buffered = 0;
    }
}
