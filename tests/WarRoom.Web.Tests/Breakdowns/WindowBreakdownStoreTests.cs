using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Storage;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Breakdowns;

/// <summary>
/// Today's and this week's breakdowns over HTTP, fed by JSON and both line-protocol routes, against figures worked
/// out by hand; then the app restarted on the same store without a checkpoint, so the figures come back from the
/// tags the store kept: once on a SQLite file, once on a real influxd. The clock is Wednesday 24 Feb 2027.
/// </summary>
[Collection(InfluxCollection.Name)]
public sealed class WindowBreakdownStoreTests(InfluxFixture influx) : IDisposable
{
    private const string Now = "2027-02-24T10:00:00+08:00";
    private readonly TempDirectory dir = new();

    // (window, by) → "key=value …" in the seed's order, then untagged; and the total.
    private static readonly (string Query, string Items, double Total)[] Expected =
    [
        ("window=today&by=channel", "branch=0 mobile=7 wecom=3 outbound=0", 10),
        ("window=week&by=channel", "branch=40 mobile=127 wecom=3 outbound=0 untagged=5", 175),
        ("window=campaign&by=channel", "branch=40 mobile=1127 wecom=3 outbound=0 untagged=5", 1175),
        ("window=week&by=segment", "mass=0 affluent=0 private=100 untagged=75", 175),
    ];

    [Fact]
    public Task On_a_SQLite_file_and_after_a_restart_from_it() => RunAsync(Settings());

    [InfluxFact]
    public Task On_influxd_and_after_a_restart_from_it()
    {
        var settings = Settings();
        settings["WarRoom:Store"] = "Influx";
        settings["WarRoom:Influx:Url"] = influx.Url;
        settings["WarRoom:Influx:Database"] = InfluxFixture.NewDatabase();
        settings["WarRoom:Influx:SpoolPath"] = dir.File("influx-spool.db");
        return RunAsync(settings);
    }

    public void Dispose() => dir.Dispose();

    private async Task RunAsync(Dictionary<string, string?> settings)
    {
        await using (var app = await WarRoomProcess.StartAsync(settings))
        {
            await SendAsync(app);
            await CheckAsync(app);
        }

        await using var restarted = await WarRoomProcess.StartAsync(settings);
        await CheckAsync(restarted);
    }

    private static async Task SendAsync(WarRoomProcess app)
    {
        using var client = Client(app, WarRoomAppFactory.IngestKey);
        var answer = await PostAsync(client,
            Sale("wb-1", "2027-02-19T10:00:00+08:00", "M00001", 1000, ("channel", "mobile")),   // last week (Friday)
            Sale("wb-2", "2027-02-22T09:00:00+08:00", "M00001", 100, ("channel", "mobile"), ("segment", "private")),
            Sale("wb-3", "2027-02-23T12:00:00+08:00", "M00001", 5),
            Sale("wb-4", "2027-02-24T08:00:00+08:00", "M00002", 7, ("channel", "mobile")));
        Assert.Equal(4, answer["accepted"]!.GetValue<int>());

        // Monday's and Tuesday's through InfluxDB v1 /write (seconds), Wednesday's through v2 (milliseconds).
        var v1 = await client.PostAsync("/write?db=x&precision=s", Lines(
            $"fund_sales,unit=M00002,channel=branch value=40 {Seconds("2027-02-22T09:30:00+08:00")}",
            $"fund_sales,channel=mobile,unit=M00003 value=20 {Seconds("2027-02-23T11:00:00+08:00")}"));
        var v2 = await client.PostAsync("/api/v2/write?bucket=x&precision=ms", Lines(
            $"fund_sales,unit=M00003,channel=wecom value=3 {Seconds("2027-02-24T09:00:00+08:00") * 1000}"));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (v1.StatusCode, v2.StatusCode));
    }

    private static async Task CheckAsync(WarRoomProcess app)
    {
        using var leader = Client(app, WarRoomAppFactory.LeaderToken);
        foreach (var (query, items, total) in Expected)
        {
            var b = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/breakdown?scope=HQ&kpi=fund_sales&" + query))!;
            var seen = string.Join(' ', b["items"]!.AsArray().Select(i => $"{i!["key"]}={i["value"]}"));
            Assert.Equal((items, total, query[7..query.IndexOf('&', StringComparison.Ordinal)]), (seen, b["total"]!.GetValue<double>(), b["window"]!.GetValue<string>()));
        }

        var manager = (await leader.GetFromJsonAsync<JsonObject>("/api/v1/breakdown?scope=M00003&kpi=fund_sales&by=channel&window=today"))!;
        Assert.Equal(1.0, manager["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == "wecom")!["share"]!.GetValue<double>());
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = WarRoomAppFactory.DefaultSettings(dir.Path);
        settings["WarRoom:Clock:Now"] = Now;
        settings["WarRoom:Checkpoints:Enabled"] = "false";
        return settings;
    }

    private static JsonObject Sale(string id, string time, string unit, double value, params (string Dimension, string Value)[] tags)
    {
        var sale = Event(id, time: time, unit: unit, kpi: "fund_sales", value: value);
        return tags.Length == 0 ? sale : sale.Also("tags", new JsonObject([.. tags.Select(t => KeyValuePair.Create(t.Dimension, (JsonNode?)t.Value))]));
    }

    private static long Seconds(string time) => DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();

    private static StringContent Lines(params string[] lines) => new(string.Join('\n', lines), Encoding.UTF8, "text/plain");

    private static HttpClient Client(WarRoomProcess app, string token)
    {
        var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
