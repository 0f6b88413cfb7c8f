using System.Buffers;
using System.Diagnostics;
using System.IO.Compression;
using WarRoom.Core.Events;
using WarRoom.Core.Seed;
using WarRoom.Web.Storage.Influx;

namespace WarRoom.StoreBench;

/// <summary>The adapter's CPU cost without I/O: formatting 5,000-line bodies, and gzipping them as the adapter does.</summary>
internal static class FormatCost
{
    public static (TimeSpan Format, TimeSpan Gzip) Measure(SeedData seed, EventRecord[] events, int linesPerBody)
    {
        var lines = new LineProtocol(seed.Org, seed.Kpis);
        var body = new ArrayBufferWriter<byte>(1 << 20);
        TimeSpan format = TimeSpan.Zero, gzip = TimeSpan.Zero;
        for (var start = 0; start < events.Length; start += linesPerBody)
        {
            var clock = Stopwatch.StartNew();
            body.ResetWrittenCount();
            for (var i = start; i < Math.Min(events.Length, start + linesPerBody); i++)
            {
                lines.Append(body, events[i]);
            }

            format += clock.Elapsed;
            clock.Restart();
            using (var zip = new GZipStream(Stream.Null, CompressionLevel.Fastest))
            {
                zip.Write(body.WrittenSpan);
            }

            gzip += clock.Elapsed;
        }

        return (format, gzip);
    }
}
