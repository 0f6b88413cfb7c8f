using System.Diagnostics;

namespace WarRoom.Bench;

/// <summary>One batch at a time: the writer notes when its Apply started and the version after it; the reader
/// records the delay when a ranking result first carries that version.</summary>
internal sealed class Probe
{
    private long start;
    private long version = long.MaxValue;
    private int busy;

    public List<double> Samples { get; } = [];

    public bool TryStart(long timestamp)
    {
        if (Interlocked.CompareExchange(ref busy, 1, 0) != 0)
        {
            return false;
        }

        Volatile.Write(ref start, timestamp);
        return true;
    }

    public void Applied(long after) => Volatile.Write(ref version, after);

    public void Seen(long resultVersion)
    {
        if (resultVersion >= Volatile.Read(ref version))
        {
            Samples.Add(Stopwatch.GetElapsedTime(Volatile.Read(ref start)).TotalMilliseconds);
            Volatile.Write(ref version, long.MaxValue);
            Volatile.Write(ref busy, 0);
        }
    }
}
