using System.IO.Compression;
using System.Net;
using System.Text;

namespace WarRoom.Web.Tests.Storage;

/// <summary>An HTTP handler that records requests (body decompressed) and answers from a script.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static HttpResponseMessage Status(HttpStatusCode code, string? json = null)
    {
        var response = new HttpResponseMessage(code);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        response.Headers.Add("X-Influxdb-Version", "1.6.7");
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = "";
        if (request.Content is { } content)
        {
            var bytes = await content.ReadAsByteArrayAsync(ct);
            if (content.Headers.ContentEncoding.Contains("gzip"))
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                await gzip.CopyToAsync(plain, ct);
                bytes = plain.ToArray();
            }

            body = Encoding.UTF8.GetString(bytes);
        }

        lock (Requests)
        {
            Requests.Add((request, body));
            return answer(request, Requests.Count);
        }
    }
}
