using WarRoom.Core.Aggregates;

namespace WarRoom.Core.Tests.Aggregates;

public class ChangeLogTests
{
    [Fact]
    public void Collects_bookings_after_a_version_on_days_up_to_the_close()
    {
        var log = new ChangeLog(8);
        log.Add(1, unit: 10, day: 0);
        log.Add(2, unit: 11, day: 3);
        log.Add(2, unit: 12, day: 1);
        log.Add(3, unit: 13, day: 2);
        var booked = new List<int>();
        Assert.True(log.TryCollect(since: 1, lastDay: 2, limit: 10, booked));
        Assert.Equal([13, 12], booked);
    }

    [Fact]
    public void Says_so_when_the_ring_dropped_what_was_asked_for_or_there_are_too_many()
    {
        var log = new ChangeLog(4);
        for (var stamp = 1; stamp <= 6; stamp++)
        {
            log.Add(stamp, unit: stamp, day: 0);
        }

        Assert.False(log.TryCollect(since: 1, lastDay: 9, limit: 10, []));   // stamps 1 and 2 were overwritten
        var booked = new List<int>();
        Assert.True(log.TryCollect(since: 2, lastDay: 9, limit: 10, booked));
        Assert.Equal([6, 5, 4, 3], booked);
        Assert.False(log.TryCollect(since: 2, lastDay: 9, limit: 3, []));
    }
}
