using WarRoom.Core.Events;
using WarRoom.Core.Org;
using static WarRoom.Web.Tests.Storage.InfluxTestStores;

namespace WarRoom.Web.Tests.Storage;

/// <summary>
/// A node rebuilding in a cluster reads InfluxDB while the other nodes keep writing to it. InfluxDB 1.x reads each
/// field through a cursor of its own, so a point written meanwhile can come back without its first fields (id, then
/// seq, then t). Such a row is no event: one with an empty id was once counted, and the same event counted again when
/// the cluster stream brought it (the failover test's 32,701 for 32,700).
/// </summary>
public sealed class InfluxReadWhileWritingTests : IDisposable
{
    private const int Before = 5_000;
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    [InfluxFact]
    public async Task A_read_while_another_node_writes_hands_on_whole_events_each_once()
    {
        await using var influxd = new InfluxdProcess(InfluxdLocator.RequirePath());
        await influxd.StartAsync();
        var options = FastFailing(influxd.Url, dir.File("reader-spool.db"));
        await using var writer = await OpenAsync(options with { SpoolPath = dir.File("writer-spool.db") }, seed);
        await using var reader = await OpenAsync(options, seed);
        await writer.WriteAsync(Events(1, Before), CancellationToken.None);
        long written = Before;
        using var stop = new CancellationTokenSource();

        // Like the failover test: one manager, one KPI, one second, a batch of 200 after another.
        var writing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await writer.WriteAsync(Events(Volatile.Read(ref written) + 1, 200), CancellationToken.None);
                Interlocked.Add(ref written, 200);
            }
        });

        try
        {
            for (var read = 0; read < 30; read++)
            {
                var events = new List<EventRecord>();
                await reader.ReadAllAsync(events.Add, CancellationToken.None);

                Assert.All(events, e => Assert.Equal($"node-b-{e.Seq}", e.Id));
                Assert.Equal(events.Count, events.Select(e => e.Seq).Distinct().Count());
                Assert.InRange(events.Count, Before, Volatile.Read(ref written) + 200);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await writing;
        }

        var all = new List<EventRecord>();
        await reader.ReadAllAsync(all.Add, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, (int)written).Select(s => (long)s), all.Select(e => e.Seq).Order());
    }

    private List<EventRecord> Events(long firstSeq, int count)
    {
        var manager = seed.Org.Units.First(u => u.Level == OrgLevel.Manager).Index;
        var time = TestSeed.CampaignStart.AddHours(9).ToUnixTimeMilliseconds();
        return [.. Enumerable.Range(0, count).Select(i => new EventRecord(firstSeq + i, $"node-b-{firstSeq + i}", time, manager, 0, 1))];
    }

    public void Dispose() => dir.Dispose();
}
