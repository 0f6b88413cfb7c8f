using System.Buffers;
using System.IO.Compression;

namespace WarRoom.Web.Storage.Influx;

/// <summary>
/// One body of line protocol being prepared for /write, with its gzip form made ahead of time: the store fills
/// and compresses the next body while the previous one is in flight, so the adapter's CPU work overlaps
/// InfluxDB's instead of adding to it. Reused from batch to batch.
/// </summary>
public sealed class WriteBody
{
    private readonly ArrayBufferWriter<byte> lines = new(1 << 20);
    private readonly MemoryStream gzip = new(1 << 17);

    public ReadOnlyMemory<byte> Lines => lines.WrittenMemory;

    /// <summary>The gzip form of <see cref="Lines"/>, or empty when it was not made.</summary>
    public ReadOnlyMemory<byte> Gzipped => HasGzip ? gzip.GetBuffer().AsMemory(0, (int)gzip.Length) : ReadOnlyMemory<byte>.Empty;

    public bool HasGzip { get; private set; }

    /// <summary>Empties the body and hands out the writer to fill it.</summary>
    public IBufferWriter<byte> Start()
    {
        lines.ResetWrittenCount();
        HasGzip = false;
        return lines;
    }

    public void Compress()
    {
        gzip.SetLength(0);
        Compress(lines.WrittenSpan, gzip);
        HasGzip = true;
    }

    public static void Compress(ReadOnlySpan<byte> plain, Stream target)
    {
        // Line protocol compresses ~10:1; Fastest keeps the CPU cost well below InfluxDB's own parsing cost.
        using var zip = new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true);
        zip.Write(plain);
    }
}
