using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Events;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>Which bodies get gzip, and that a real influxd takes them.</summary>
[Collection(InfluxCollection.Name)]
public sealed class InfluxCompressionTests(InfluxFixture influx) : IDisposable
{
    private readonly TempDirectory dir = new();

    [Theory]
    [InlineData("http://127.0.0.1:8086", InfluxCompression.Auto, false)]
    [InlineData("http://localhost:8086", InfluxCompression.Auto, false)]
    [InlineData("http://influxdb:8086", InfluxCompression.Auto, true)]
    [InlineData("http://127.0.0.1:8086", InfluxCompression.Gzip, true)]
    [InlineData("http://influxdb:8086", InfluxCompression.None, false)]
    public async Task Auto_compresses_unless_the_server_is_on_loopback(string url, InfluxCompression compression, bool gzip)
    {
        var handler = new StubHandler((_, _) => StubHandler.Status(HttpStatusCode.NoContent));
        using var http = new InfluxHttp(new InfluxOptions { Url = url, Compression = compression }, NullLogger.Instance, handler);

        await http.WriteAsync("x value=1 1\n"u8.ToArray(), CancellationToken.None);

        Assert.Equal(gzip, handler.Requests[0].Request.Content!.Headers.ContentEncoding.Contains("gzip"));
    }

    [InfluxFact]
    public async Task Influxd_takes_gzip_bodies()
    {
        var seed = TestSeed.Create();
        var options = InfluxTestStores.FastFailing(influx.Url, dir.File("spool.db")) with { Compression = InfluxCompression.Gzip };
        await using var store = await InfluxTestStores.OpenAsync(options, seed);
        var events = InfluxTestStores.Batch(seed, 1, 1_234);

        await store.WriteAsync(events, CancellationToken.None);

        var stored = new List<EventRecord>();
        await store.ReadAllAsync(stored.Add, CancellationToken.None);
        Assert.Equal(events, stored.OrderBy(e => e.Seq));
        Assert.True(store.Spool.IsEmpty);
    }

    public void Dispose() => dir.Dispose();
}
