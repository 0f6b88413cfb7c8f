using System.Diagnostics;

namespace WarRoom.Core.Aggregates;

public sealed partial class KpiAggregates
{
    /// <summary>
    /// Readers woken by ExitWriteLock need some microseconds to run; a writer going flat out would re-take the free
    /// lock first, every time, and starve them. So when readers wait, the writer spins until one is in (then its
    /// next EnterWriteLock queues behind them and holds off newcomers), bounded so a lost wake-up cannot stall ingest.
    /// </summary>
    private void LetWaitingReadersIn()
    {
        if (gate.WaitingReadCount == 0)
        {
            return;
        }

        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 1000);
        var spin = new SpinWait();
        while (gate.WaitingReadCount > 0 && gate.CurrentReadCount == 0 && Stopwatch.GetTimestamp() < deadline)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }
}
