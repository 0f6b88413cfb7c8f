using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WarRoom.Web.Tests.Infrastructure;
using static WarRoom.Web.Tests.Ingest.IngestClient;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>Content-Encoding is honoured: gzip decoded (limits on the decoded size), anything else 415, never misread.</summary>
public sealed class ContentEncodingTests : IClassFixture<WarRoomAppFactory>, IAsyncLifetime
{
    private readonly WarRoomAppFactory app;
    private readonly HttpClient client;

    public ContentEncodingTests(WarRoomAppFactory app)
    {
        this.app = app;
        client = app.ClientWith(WarRoomAppFactory.IngestKey);
    }

    public Task InitializeAsync() => app.WaitUntilReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/v1/events", "application/json")]
    [InlineData("/api/v1/events/import", "text/csv")]
    public async Task A_gzip_body_is_decoded(string path, string mediaType)
    {
        var id = "gz-" + Guid.NewGuid().ToString("N");
        var text = mediaType == "text/csv"
            ? $"id,time,unit,kpi,value\n{id},2027-02-22T09:00:00+08:00,M00002,fund_sales,1\n"
            : $"{{\"events\":[{Event(id).ToJsonString()}]}}";

        var response = await client.PostAsync(path, Encoded(Gzip(Encoding.UTF8.GetBytes(text)), mediaType, "gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await AnswerAsync(response))["accepted"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_gzip_bomb_is_413_on_its_decoded_size()
    {
        var bomb = Gzip(new byte[64 * 1024 * 1024]);

        var response = await client.PostAsync("/api/v1/events", Encoded(bomb, "application/json", "gzip"));

        Assert.True(bomb.Length < 100_000, $"{bomb.Length} bytes compressed");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("(decoded) is larger than", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_gzip_body_is_400()
    {
        var corrupt = Gzip(Encoding.UTF8.GetBytes($"{{\"events\":[{Event("gzc").ToJsonString()}]}}"));
        corrupt[12] ^= 0xFF;
        corrupt[13] ^= 0xFF;

        var response = await client.PostAsync("/api/v1/events", Encoded(corrupt, "application/json", "gzip"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("deflate")]
    [InlineData("gzip, br")]
    public async Task Any_other_encoding_is_415_even_on_a_plain_body(string encoding)
    {
        var plain = Encoding.UTF8.GetBytes($"{{\"events\":[{Event("enc-" + Guid.NewGuid().ToString("N")).ToJsonString()}]}}");

        var response = await client.PostAsync("/api/v1/events", Encoded(plain, "application/json", encoding));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.EndsWith("is not supported: send the body unencoded or with gzip", (await AnswerAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static ByteArrayContent Encoded(byte[] body, string mediaType, string encoding)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Headers.TryAddWithoutValidation("Content-Encoding", encoding);
        return content;
    }
}
