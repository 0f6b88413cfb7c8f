using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Web.Infrastructure.Errors;
using WarRoom.Web.Storage.Influx;
using static WarRoom.Web.Tests.Storage.InfluxTestStores;

namespace WarRoom.Web.Tests.Storage;

/// <summary>The store's write path against a scripted server: retries with backoff, then the spool, then order.</summary>
public sealed class InfluxRetryTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly Core.Seed.SeedData seed = TestSeed.Create();

    private async Task<InfluxKpiStore> Open(StubHandler handler)
    {
        var options = FastFailing("http://influx.test:8086", dir.File("spool.db")) with { MaxRetries = 2 };
        var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance, handler);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static HttpResponseMessage Ok(HttpRequestMessage r) => r.RequestUri!.AbsolutePath == "/query"
        ? StubHandler.Status(HttpStatusCode.OK, """{"results":[{"statement_id":0}]}""")
        : StubHandler.Status(HttpStatusCode.NoContent);

    [Fact]
    public async Task Transient_failures_are_retried_before_the_write_is_acknowledged()
    {
        var writes = 0;
        var handler = new StubHandler((r, _) => r.RequestUri!.AbsolutePath == "/write" && ++writes <= 2
            ? StubHandler.Status(HttpStatusCode.ServiceUnavailable) : Ok(r));
        await using var store = await Open(handler);

        await store.WriteAsync(Batch(seed, 1, 10), CancellationToken.None);

        Assert.Equal(3, writes);
        Assert.True(store.Spool.IsEmpty);
    }

    [Fact]
    public async Task After_the_retries_the_rest_of_the_batch_is_spooled_and_later_batches_queue_behind_it()
    {
        var down = false;
        var handler = new StubHandler((r, _) => down && r.RequestUri!.AbsolutePath == "/write"
            ? StubHandler.Status(HttpStatusCode.ServiceUnavailable) : Ok(r));
        await using var store = await Open(handler);

        down = true;
        await store.WriteAsync(Batch(seed, 1, 1_200), CancellationToken.None);
        down = false;
        await store.WriteAsync(Batch(seed, 1_201, 10), CancellationToken.None);

        // The second batch did not overtake the spool although the server was back.
        Assert.Equal(1_210, store.Spool.Events);
        Assert.Equal(DrainResult.Empty, await store.DrainAsync(CancellationToken.None));
        var drained = handler.Requests.Where(r => r.Request.RequestUri!.AbsolutePath == "/write").TakeLast(4).Select(r => r.Body).ToList();
        Assert.StartsWith("kpi_event", drained[0]);
        Assert.Contains("seq=1i,", drained[0]);
        Assert.Contains("seq=1201i,", drained[3]);
    }

    [Fact]
    public async Task Initialising_while_influx_is_unreachable_fails_and_can_be_retried()
    {
        var up = false;
        var handler = new StubHandler((r, _) => up ? Ok(r) : throw new HttpRequestException("connection refused"));
        var options = FastFailing("http://influx.test:8086", dir.File("spool.db"));
        await using var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance, handler);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync(CancellationToken.None));
        Assert.False(store.Initialized.IsCompleted);
        up = true;
        await store.InitializeAsync(CancellationToken.None);
        Assert.True(store.Initialized.IsCompleted);
    }

    public void Dispose() => dir.Dispose();
}
