using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace WarRoom.Web.Tests.Ingest;

/// <summary>
/// Valid ingest bodies (JSON and CSV) of a few events each, then mutated the way wires, proxies and buggy sources
/// mutate them: bytes flipped, cut short, a slice repeated, invalid UTF-8 or a lone surrogate escape inserted, the
/// whole body in another encoding, a BOM, gzip with or without its header. Deterministic from the seed; some ids
/// are resends of earlier ones, so duplicates are exercised too.
/// </summary>
internal sealed class FuzzBodies(int seed)
{
    private static readonly string[] Units = ["M00001", "M00002", "M00007", "SB0101", "BR01", "M00150"];
    private static readonly (string Kpi, double Min, double Max, bool Whole)[] Kpis =
        [("deposit_new", -800, 3000, false), ("fund_sales", 0, 900, false), ("customers_new", 0, 40, true), ("wecom_contacts", -5, 60, true)];

    private readonly Random random = new(seed);
    private readonly List<string> sent = [];

    public sealed record Body(byte[] Bytes, string MediaType, string? ContentEncoding, string Mutation);

    public Body Next(bool csv)
    {
        var count = random.Next(1, 16);
        var lines = Enumerable.Range(0, count).Select(_ => Line()).ToList();
        var text = csv
            ? "id,time,unit,kpi,value\n" + string.Concat(lines.Select(l => $"{l.Id},{l.Time},{l.Unit},{l.Kpi},{l.Value}\n"))
            : "{\"events\":[" + string.Join(",", lines.Select(l => $"{{\"id\":\"{l.Id}\",\"time\":\"{l.Time}\",\"unit\":\"{l.Unit}\",\"kpi\":\"{l.Kpi}\",\"value\":{l.Value}}}")) + "]}";
        return Mutate(Encoding.UTF8.GetBytes(text), csv ? "text/csv" : "application/json");
    }

    private (string Id, string Time, string Unit, string Kpi, string Value) Line()
    {
        var id = sent.Count > 0 && random.Next(10) == 0 ? sent[random.Next(sent.Count)] : $"fz-{seed}-{sent.Count}";
        sent.Add(id);
        var (kpi, min, max, whole) = Kpis[random.Next(Kpis.Length)];
        var value = min + (random.NextDouble() * (max - min));
        var time = new DateTimeOffset(2027, 2, random.Next(1, 22), random.Next(0, 24), random.Next(0, 60), 0, TimeSpan.FromHours(8));
        return (id, time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), Units[random.Next(Units.Length)], kpi,
            (whole ? Math.Round(value) : Math.Round(value, 2)).ToString(CultureInfo.InvariantCulture));
    }

    private Body Mutate(byte[] b, string mediaType)
    {
        switch (random.Next(11))
        {
            case 0:
                return new Body(b, mediaType, null, "none");
            case 1:
            case 2:
                var flipped = (byte[])b.Clone();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return new Body(flipped, mediaType, null, "flip");
            case 3:
                return new Body(b[..random.Next(b.Length)], mediaType, null, "cut");
            case 4:
                var from = random.Next(b.Length);
                var slice = b[from..Math.Min(b.Length, from + random.Next(1, 80))];
                var at = random.Next(b.Length);
                return new Body([.. b[..at], .. slice, .. slice, .. b[at..]], mediaType, null, "repeat");
            case 5:
                byte[][] junk = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], "\\ud800"u8.ToArray(), "\\udfff\\u0000"u8.ToArray(), [0x00], [0x7F]];
                var where = random.Next(b.Length);
                return new Body([.. b[..where], .. junk[random.Next(junk.Length)], .. b[where..]], mediaType, null, "inject");
            case 6:
                return new Body(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b)), mediaType, null, "utf16");
            case 7:
                return new Body([0xEF, 0xBB, 0xBF, .. b], mediaType, null, "bom");
            case 8:
                return new Body(Gzip(b), mediaType, "gzip", "gzip");
            case 9:
                return new Body(Gzip(b), mediaType, null, "gzip-unlabelled");
            default:
                var gz = Gzip(b);
                gz[random.Next(10, gz.Length)] ^= (byte)random.Next(1, 256);
                return new Body(gz, mediaType, "gzip", "gzip-flip");
        }
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
