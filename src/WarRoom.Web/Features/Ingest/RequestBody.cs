using System.Buffers;
using System.IO.Compression;
using WarRoom.Web.Features.Ingest.Parsing;

namespace WarRoom.Web.Features.Ingest;

/// <summary>
/// A request body read into a pooled buffer, stopping as soon as it passes the limit, so an oversize upload
/// costs at most the limit in memory and gets its 413 without being read to the end. <c>Content-Encoding: gzip</c> is
/// decoded on the way in, the limit applying to the decoded bytes (a gzip bomb stops at the limit, 413); any other
/// encoding is a <see cref="BodyProblemException"/> 415 rather than bytes misread as JSON.
/// </summary>
public sealed class RequestBody : IDisposable
{
    private byte[] buffer;

    private RequestBody(byte[] buffer, int length, bool tooLarge)
    {
        this.buffer = buffer;
        Length = length;
        TooLarge = tooLarge;
    }

    public int Length { get; }

    public bool TooLarge { get; }

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, Length);

    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        if (encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadAsync(request.Body, request.ContentLength, limit, ct);
        }

        if (!encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
        {
            throw new BodyProblemException(StatusCodes.Status415UnsupportedMediaType,
                $"Content-Encoding '{EventChecks.Shorten(encoding)}' is not supported: send the body unencoded or with gzip");
        }

        await using var gzip = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
        try
        {
            return await ReadAsync(gzip, null, limit, ct);
        }
        catch (InvalidDataException e)
        {
            throw new BodyProblemException(StatusCodes.Status400BadRequest, $"the gzip body cannot be decoded: {e.Message}");
        }
    }

    private static async Task<RequestBody> ReadAsync(Stream body, long? contentLength, int limit, CancellationToken ct)
    {
        if (contentLength > limit)
        {
            return new RequestBody([], 0, true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, contentLength + 1 ?? 64 * 1024));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                buffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0)
            {
                return new RequestBody(buffer, length, false);
            }

            length += read;
            if (length > limit)
            {
                return new RequestBody(buffer, 0, true);
            }
        }
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
