using System.Buffers;

namespace WarRoom.Web.Features.Ingest;

/// <summary>
/// A request body read into a pooled buffer, stopping as soon as it passes the limit, so an oversize upload
/// costs at most the limit in memory and gets its 413 without being read to the end.
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
        if (request.ContentLength > limit)
        {
            return new RequestBody([], 0, true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1L, request.ContentLength + 1 ?? 64 * 1024));
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

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
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
