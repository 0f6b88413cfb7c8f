using System.Buffers.Binary;
using System.IO.Compression;

namespace WarRoom.Web.Tests.Snapshots;

/// <summary>
/// Just enough of a PNG decoder to look at a screenshot (8-bit RGB or RGBA, not interlaced — what Chromium
/// writes): the size and every pixel, so a test can tell a rendered board from a blank page.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public int Channels { get; }
    public byte[] Pixels { get; }

    public uint Rgb(int x, int y)
    {
        var i = ((y * Width) + x) * Channels;
        return (uint)((Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2]);
    }

    public static PngImage Decode(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = ((int)BinaryPrimitives.ReadUInt32BigEndian(data), (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[12]);
                channels = data[9] switch { 2 => 3, 6 => 4, var t => throw new NotSupportedException($"PNG colour type {t}") };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var a = x >= bpp ? pixels[(y * stride) + x - bpp] : 0;
                var b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var c = x >= bpp && y > 0 ? pixels[((y - 1) * stride) + x - bpp] : 0;
                var value = raw[(y * (stride + 1)) + 1 + x];
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
