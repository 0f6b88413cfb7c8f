using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.Web.Tests.Storage;

/// <summary>An InfluxDB that started fine and now answers every write with 503, for spool tests without influxd.</summary>
internal static class Down
{
    public const string Url = "http://influx.test:8086";

    public static async Task<InfluxKpiStore> OpenAsync(InfluxOptions options, SeedData seed)
    {
        var handler = new StubHandler((r, _) => r.RequestUri!.AbsolutePath switch
        {
            "/write" => StubHandler.Status(HttpStatusCode.ServiceUnavailable),
            "/query" => StubHandler.Status(HttpStatusCode.OK, """{"results":[{"statement_id":0}]}"""),
            _ => StubHandler.Status(HttpStatusCode.NoContent),
        });
        var store = new InfluxKpiStore(options, seed, TimeProvider.System, NullLogger<InfluxKpiStore>.Instance, handler);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
