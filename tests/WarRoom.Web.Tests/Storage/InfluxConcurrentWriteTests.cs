using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Storage.Influx;
using static WarRoom.Web.Tests.Storage.InfluxTestStores;

namespace WarRoom.Web.Tests.Storage;

/// <summary>Several bodies in flight, of one batch or of several: bounded by WriteConcurrency, and a failure spools from the first failed body on.</summary>
public sealed class InfluxConcurrentWriteTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    [Fact]
    public async Task At_most_WriteConcurrency_bodies_are_in_flight_and_all_of_them_are_sent()
    {
        var handler = new SlowHandler(_ => HttpStatusCode.NoContent);
        await using var store = await Open(handler, concurrency: 3);

        await store.WriteAsync(Batch(seed, 1, 3_500), CancellationToken.None);

        Assert.Equal(7, handler.Bodies.Count);
        Assert.Equal(3, handler.MostInFlight);
        Assert.Equal(3_500, handler.Bodies.Sum(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.True(store.Spool.IsEmpty);
    }

    [Fact]
    public async Task Batches_written_at_once_share_the_WriteConcurrency_window()
    {
        var handler = new SlowHandler(_ => HttpStatusCode.NoContent);
        await using var store = await Open(handler, concurrency: 3);

        await Task.WhenAll(
            store.WriteAsync(Batch(seed, 1, 2_000), CancellationToken.None),
            store.WriteAsync(Batch(seed, 2_001, 2_000), CancellationToken.None));

        Assert.Equal(8, handler.Bodies.Count);
        Assert.Equal(3, handler.MostInFlight);
        Assert.Equal(4_000, handler.Bodies.Sum(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.True(store.Spool.IsEmpty);
    }

    [Fact]
    public async Task A_body_that_fails_for_good_spools_itself_and_every_body_after_it_even_those_that_landed()
    {
        // Bodies of 500 lines: the one holding seq 1001-1500 keeps failing, its neighbours land.
        var handler = new SlowHandler(body => body.Contains("seq=1001i,", StringComparison.Ordinal) ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.NoContent);
        await using var store = await Open(handler, concurrency: 4);

        await store.WriteAsync(Batch(seed, 1, 2_000), CancellationToken.None);

        Assert.Equal(1_000, store.Spool.Events);
        Assert.Contains("seq=1001i,", System.Text.Encoding.UTF8.GetString(store.Spool.Peek()!.Body), StringComparison.Ordinal);
    }

    private async Task<InfluxKpiStore> Open(HttpMessageHandler handler, int concurrency)
    {
        var options = FastFailing("http://influx.test:8086", dir.File("spool.db")) with { WriteConcurrency = concurrency, MaxRetries = 1, Compression = InfluxCompression.None };
        var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance, handler);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose() => dir.Dispose();

    /// <summary>Answers /write after a short pause (so requests overlap) with the status the script picks by body.</summary>
    private sealed class SlowHandler(Func<string, HttpStatusCode> status) : HttpMessageHandler
    {
        private int inFlight;

        public List<string> Bodies { get; } = [];

        public int MostInFlight { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.RequestUri!.AbsolutePath != "/write")
            {
                return StubHandler.Status(HttpStatusCode.OK, """{"results":[{"statement_id":0}]}""");
            }

            var body = await request.Content!.ReadAsStringAsync(ct);
            lock (Bodies)
            {
                Bodies.Add(body);
                MostInFlight = Math.Max(MostInFlight, ++inFlight);
            }

            await Task.Delay(200, ct);
            lock (Bodies)
            {
                inFlight--;
            }

            return StubHandler.Status(status(body));
        }
    }
}
