using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Core.Exceptions;
using InfluxDB.Client.Writes;
using WarRoom.Web.Tests.Infrastructure;
using WarRoom.Web.Tests.Live;

namespace WarRoom.Web.Tests.Ingest.LineProtocol;

/// <summary>
/// Real producers against WarRoom on a socket: the InfluxDB.Client NuGet package (v2 API, <c>Authorization: Token</c>)
/// and lines exactly as Telegraf's outputs.influxdb sends them to /write (Basic auth, gzip, nanoseconds, tags sorted).
/// Each test books on its own manager, so the figures it reads back are its own.
/// </summary>
public sealed class LineProtocolProducerTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static readonly DateTimeOffset At = new(2027, 2, 22, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_InfluxDB_client_writes_points_that_count_and_break_down_by_their_tags()
    {
        using var influx = new InfluxDBClient(server.Address.ToString(), WarRoomAppFactory.IngestKey);
        var write = influx.GetWriteApiAsync();
        await write.WritePointsAsync(
        [
            PointData.Measurement("wealth_sales").Tag("unit", "M00011").Tag("channel", "mobile").Field("value", 120.5).Field("id", "dw-1").Timestamp(At, WritePrecision.S),
            PointData.Measurement("wealth_sales").Tag("unit", "M00011").Tag("channel", "branch").Field("value", 79.5).Timestamp(At.AddMinutes(1), WritePrecision.Ms),
        ], "warroom", "bank");

        var breakdown = await ReadAsync("/api/v1/breakdown?scope=M00011&kpi=wealth_sales&by=channel");
        Assert.Equal(200, breakdown["total"]!.GetValue<double>());
        Assert.Equal(120.5, Item(breakdown, "mobile")["value"]!.GetValue<double>());
        Assert.Equal(0.6025, Item(breakdown, "mobile")["share"]!.GetValue<double>());
        Assert.Equal(79.5, Item(breakdown, "branch")["value"]!.GetValue<double>());

        var bad = await Assert.ThrowsAsync<BadRequestException>(() => write.WriteRecordsAsync(
            ["wealth_sales,unit=M00011 value=1 1803259800", "wealth,unit=M00011 value=1 1803259800"], WritePrecision.S, "warroom", "bank"));
        Assert.Contains("partial write: line 2: unknown kpi 'wealth'", bad.Message, StringComparison.Ordinal);
        Assert.Equal(201, (await ReadAsync("/api/v1/breakdown?scope=M00011&kpi=wealth_sales&by=channel"))["total"]!.GetValue<double>());
    }

    [Fact]
    public async Task Telegraf_lines_to_write_with_basic_auth_and_gzip_are_taken_once_however_often_resent()
    {
        var ns = At.ToUnixTimeMilliseconds() * 1_000_000;
        var body = $"fund_sales,channel=wecom,product=fund,segment=affluent,unit=M00012 value=35 {ns}\n" +
                   $"customers_new,channel=outbound,unit=M00012 value=2i {ns + 1}\n";
        using var client = new HttpClient { BaseAddress = server.Address };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/write?db=telegraf") { Content = Gzip(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("telegraf:" + WarRoomAppFactory.IngestKey)));
            request.Headers.UserAgent.ParseAdd("Telegraf/1.30.0");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var unit = await ReadAsync("/api/v1/units/M00012");
        var kpis = unit["kpis"]!.AsArray();
        Assert.Equal(35, kpis.Single(k => k!["kpi"]!.GetValue<string>() == "fund_sales")!["value"]!.GetValue<double>());
        Assert.Equal(2, kpis.Single(k => k!["kpi"]!.GetValue<string>() == "customers_new")!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_partial_write_names_each_bad_line_and_keeps_the_good_ones_as_InfluxDB_does()
    {
        using var client = server.Client(WarRoomAppFactory.IngestKey);
        var body = "credit_cards,unit=M00013 value=3i 1803259800\ncredit_cards,unit=M00013,channel=fax value=1i 1803259800\nnope\n";
        using var response = await client.PostAsync("/write?db=x&precision=s", new StringContent(body, Encoding.UTF8, "text/plain"));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "partial write: line 2: unknown channel 'fax' (one of: branch, mobile, wecom, outbound); line 3: no fields (expected a space and then value=…) dropped=2",
            problem!["error"]!.GetValue<string>());
        Assert.Equal(problem["error"]!.GetValue<string>(), problem["detail"]!.GetValue<string>());
        var unit = await ReadAsync("/api/v1/units/M00013");
        Assert.Equal(3, unit["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "credit_cards")!["value"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("/write?precision=fortnight", "Bearer", 400)]
    [InlineData("/api/v2/write?bucket=b", "Token", 204)]
    [InlineData("/api/v1/events", "Token", 401)]
    public async Task Precision_and_the_InfluxDB_ways_to_authenticate_are_checked(string path, string scheme, int status)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("", Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, WarRoomAppFactory.IngestKey);
        using var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
    }

    private async Task<JsonObject> ReadAsync(string path)
    {
        using var client = server.Client(WarRoomAppFactory.LeaderToken);
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static JsonObject Item(JsonObject breakdown, string key) =>
        breakdown["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == key)!.AsObject();

    private static ByteArrayContent Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
