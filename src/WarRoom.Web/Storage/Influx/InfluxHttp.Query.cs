using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace WarRoom.Web.Storage.Influx;

public sealed partial class InfluxHttp
{
    private const int MaxGetLength = 4000;

    /// <summary>Runs InfluxQL and returns the whole answer, once checked for <c>error</c> fields.</summary>
    public async Task<JsonDocument> QueryAsync(string influxQl, CancellationToken ct)
    {
        using var response = await Send(() => QueryRequest(influxQl, chunkSize: null), HttpCompletionOption.ResponseContentRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await Failure(response, "query", ct);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        try
        {
            InfluxResults.ThrowOnError(doc.RootElement, influxQl);
            return doc;
        }
        catch
        {
            doc.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs InfluxQL with <c>chunked=true</c> and hands every element of <c>results</c> to <paramref name="onResult"/>
    /// as its chunk arrives: the server writes one JSON document per line, so only one chunk is in memory at a time.
    /// </summary>
    public async Task QueryChunkedAsync(string influxQl, int chunkSize, Action<JsonElement> onResult, CancellationToken ct)
    {
        using var response = await Send(() => QueryRequest(influxQl, chunkSize), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await Failure(response, "query", ct);
        }

        var reader = PipeReader.Create(await response.Content.ReadAsStreamAsync(ct));
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(ct);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    Chunk(buffer.Slice(0, end), influxQl, onResult);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                }

                if (read.IsCompleted)
                {
                    Chunk(buffer, influxQl, onResult);
                    break;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private static void Chunk(ReadOnlySequence<byte> line, string influxQl, Action<JsonElement> onResult)
    {
        if (line.IsEmpty)
        {
            return;
        }

        using var doc = JsonDocument.Parse(line);
        InfluxResults.ThrowOnError(doc.RootElement, influxQl);
        foreach (var result in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            onResult(result);
        }
    }

    private HttpRequestMessage QueryRequest(string influxQl, int? chunkSize)
    {
        var path = $"query?db={Uri.EscapeDataString(options.Database)}&epoch=ns";
        if (chunkSize is { } size)
        {
            path += $"&chunked=true&chunk_size={size}";
        }

        // Reads go as GET (allowed to read-only users, cacheable); statements that change something, and queries
        // too long for a URL, go as POST, which 1.x requires for CREATE and friends.
        var isRead = influxQl.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || influxQl.StartsWith("SHOW", StringComparison.OrdinalIgnoreCase);
        var escaped = Uri.EscapeDataString(influxQl);
        if (isRead && escaped.Length <= MaxGetLength)
        {
            return new HttpRequestMessage(HttpMethod.Get, $"{path}&q={escaped}");
        }

        return new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", influxQl)]),
        };
    }
}
