using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// The v1-compatible HTTP API (/ping, /write, /query) served by InfluxDB 1.x, 2.x and 3.x. One attempt per call;
/// retrying is the caller's business. Failures come out as <see cref="InfluxUnavailableException"/> (transient)
/// or <see cref="InfluxRequestException"/> (permanent).
/// </summary>
public sealed partial class InfluxHttp : IDisposable
{
    private readonly HttpClient http;
    private readonly InfluxOptions options;
    private readonly ILogger logger;
    private readonly string writePath;
    private volatile bool gzip;

    public InfluxHttp(InfluxOptions options, ILogger logger, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.logger = logger;
        var url = new Uri(options.Url);
        gzip = options.Compression == InfluxCompression.Gzip || (options.Compression == InfluxCompression.Auto && !url.IsLoopback);
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        // Timeouts are per request (see Send) because chunked reads stream for longer than any one write may take.
        http = new HttpClient(handler) { BaseAddress = new Uri(options.Url.TrimEnd('/') + "/"), Timeout = Timeout.InfiniteTimeSpan };
        if (!string.IsNullOrEmpty(options.Token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", options.Token);
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }

        writePath = $"write?db={Uri.EscapeDataString(options.Database)}&precision=ns";
    }

    public bool GzipEnabled => gzip;

    /// <summary>Pings the server; returns its version (the X-Influxdb-Version header, "" when absent).</summary>
    public async Task<string> PingAsync(CancellationToken ct)
    {
        using var response = await Send(() => new HttpRequestMessage(HttpMethod.Get, "ping"), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await Failure(response, "ping", ct);
        }

        return response.Headers.TryGetValues("X-Influxdb-Version", out var v) ? v.FirstOrDefault() ?? "" : "";
    }

    /// <summary>Writes one body of line protocol; done when the server answered 204.</summary>
    public Task WriteAsync(ReadOnlyMemory<byte> lines, CancellationToken ct) => WriteAsync(lines, ReadOnlyMemory<byte>.Empty, ct);

    /// <summary>Writes a prepared body, sending its gzip form when it has one and the server takes gzip.</summary>
    public Task WriteAsync(WriteBody body, CancellationToken ct) => WriteAsync(body.Lines, body.Gzipped, ct);

    private async Task WriteAsync(ReadOnlyMemory<byte> lines, ReadOnlyMemory<byte> gzipped, CancellationToken ct)
    {
        var compressed = gzip;
        using var response = await Send(() => WriteRequest(lines, gzipped, compressed), HttpCompletionOption.ResponseContentRead, ct);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (compressed && response.StatusCode == HttpStatusCode.UnsupportedMediaType)
        {
            logger.LogWarning("InfluxDB refused a gzip body (415); writing uncompressed from now on");
            gzip = false;
            await WriteAsync(lines, ct);
            return;
        }

        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            // The server lost or never had the database (a fresh 1.x after an outage): create it and retry once.
            await EnsureDatabaseAsync(ct);
            using var again = await Send(() => WriteRequest(lines, gzipped, compressed), HttpCompletionOption.ResponseContentRead, ct);
            if (!again.IsSuccessStatusCode)
            {
                throw await Failure(again, "write", ct);
            }

            return;
        }

        throw await Failure(response, "write", ct);
    }

    /// <summary>Creates the database on 1.x; on 2.x/3.x databases are provisioned outside (or on first write).</summary>
    public async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        var version = await PingAsync(ct);
        if (version.StartsWith("1.", StringComparison.Ordinal))
        {
            using var result = await QueryAsync($"CREATE DATABASE {InfluxQl.Identifier(options.Database)}", ct);
        }
    }

    public void Dispose() => http.Dispose();

    private HttpRequestMessage WriteRequest(ReadOnlyMemory<byte> lines, ReadOnlyMemory<byte> gzipped, bool compressed)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, writePath);
        if (compressed)
        {
            request.Content = new ReadOnlyMemoryContent(gzipped.IsEmpty ? Gzip(lines) : gzipped);
            request.Content.Headers.ContentEncoding.Add("gzip");
        }
        else
        {
            request.Content = new ReadOnlyMemoryContent(lines);
        }

        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return request;
    }

    private static ReadOnlyMemory<byte> Gzip(ReadOnlyMemory<byte> lines)
    {
        var buffer = new MemoryStream((lines.Length / 6) + 64);
        WriteBody.Compress(lines.Span, buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private async Task<HttpResponseMessage> Send(Func<HttpRequestMessage> request, HttpCompletionOption completion, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        using var message = request();
        try
        {
            return await http.SendAsync(message, completion, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new InfluxUnavailableException($"InfluxDB did not answer {message.RequestUri} within {options.RequestTimeout}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new InfluxUnavailableException($"InfluxDB at {options.Url} is unreachable: {ex.Message}", ex);
        }
    }

    private static async Task<Exception> Failure(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var detail = ErrorText(body) ?? response.ReasonPhrase ?? "";
        var message = $"InfluxDB {what} failed with {(int)response.StatusCode}: {detail}";
        var code = (int)response.StatusCode;
        return code >= 500 || code is 401 or 403 or 404 or 408 or 429
            ? new InfluxUnavailableException(message)
            : new InfluxRequestException(message);
    }

    private static string? ErrorText(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
