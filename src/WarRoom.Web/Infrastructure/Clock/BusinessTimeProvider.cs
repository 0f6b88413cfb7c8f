namespace WarRoom.Web.Infrastructure.Clock;

/// <summary>
/// A <see cref="TimeProvider"/> whose wall clock is frozen (<c>WarRoom:Clock:Now</c>) or shifted to a demo instant
/// (<c>WarRoom:Clock:StartAt</c>). Timers and timestamps are inherited from the system provider, so coalescing,
/// reconnect back-off and other timers keep running in real time while the business clock stands still.
/// </summary>
public sealed class BusinessTimeProvider : TimeProvider
{
    private readonly DateTimeOffset? frozen;
    private readonly TimeSpan offset;

    private BusinessTimeProvider(DateTimeOffset? frozen, TimeSpan offset)
    {
        this.frozen = frozen;
        this.offset = offset;
    }

    public static TimeProvider From(ClockOptions options, TimeProvider system)
    {
        if (options.Now is { } now)
        {
            return new BusinessTimeProvider(now, TimeSpan.Zero);
        }

        if (options.StartAt is { } startAt)
        {
            return new BusinessTimeProvider(null, startAt - system.GetUtcNow());
        }

        return system;
    }

    public bool IsFrozen => frozen is not null;

    public override DateTimeOffset GetUtcNow() => frozen ?? System.GetUtcNow() + offset;
}
