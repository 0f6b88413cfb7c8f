namespace WarRoom.Bench;

/// <summary>
/// The business clock of the board run: a fixed instant inside the campaign (the machine's date is not), and real
/// timestamps pushed forward by <see cref="Advance"/> so that "computed more than 5 s ago" can be made true
/// without sleeping.
/// </summary>
internal sealed class BenchClock(DateTimeOffset now) : TimeProvider
{
    private long skew;

    public override DateTimeOffset GetUtcNow() => now;

    public override long GetTimestamp() => base.GetTimestamp() + Interlocked.Read(ref skew);

    public void Advance(TimeSpan by) => Interlocked.Add(ref skew, (long)(by.TotalSeconds * TimestampFrequency));
}
